//! Bad documents: each is refused with exit code 2 and a message that says what is wrong and
//! what to do, without reading more than the limits allow.

use crate::common::transdiff;
use std::io::Write;

const DIR: &str = "tests/data/documents";

fn split(path: &std::path::Path) -> (i32, String) {
    let out = transdiff().arg("split").arg(path).output().unwrap();
    (out.status.code().unwrap_or(-1), String::from_utf8_lossy(&out.stderr).into_owned())
}

/// A copy of the real DOCX with its document part replaced by `xml`.
fn docx_with(dir: &std::path::Path, xml: &str) -> std::path::PathBuf {
    let real = std::fs::read(format!("{DIR}/structure.docx")).unwrap();
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(real)).unwrap();
    let path = dir.join("changed.docx");
    let mut out = zip::ZipWriter::new(std::fs::File::create(&path).unwrap());
    let options =
        zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Deflated);
    for i in 0..archive.len() {
        let mut file = archive.by_index(i).unwrap();
        let name = file.name().unwrap().to_string();
        out.start_file(name.as_str(), options).unwrap();
        if name == "word/document.xml" {
            out.write_all(xml.as_bytes()).unwrap();
        } else {
            std::io::copy(&mut file, &mut out).unwrap();
        }
    }
    out.finish().unwrap();
    path
}

#[test]
fn corrupt_zip_says_it_is_damaged() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("cut.docx");
    let real = std::fs::read(format!("{DIR}/en.original.docx")).unwrap();
    std::fs::write(&path, &real[..3000]).unwrap();
    let (code, err) = split(&path);
    assert_eq!(code, 2);
    assert!(err.contains("cut.docx: a DOCX is a zip archive, and this one is damaged or cut short"), "{err}");
    assert!(err.contains("hint: download or copy the file again"), "{err}");
}

#[test]
fn docx_without_text_says_so() {
    let (code, err) = split(std::path::Path::new(&format!("{DIR}/image-only.docx")));
    assert_eq!(code, 2);
    assert!(err.contains("this DOCX holds no text"), "{err}");
    assert!(err.contains("run OCR first"), "{err}");
}

#[test]
fn entity_bomb_is_refused_before_expanding() {
    let dir = tempfile::tempdir().unwrap();
    let mut entities = String::from("<!ENTITY lol \"lol\">");
    for i in 1..10 {
        let prev = if i == 1 { "lol".to_string() } else { format!("lol{}", i - 1) };
        entities.push_str(&format!("<!ENTITY lol{i} \"{}\">", format!("&{prev};").repeat(10)));
    }
    let xml = format!(
        "<?xml version=\"1.0\"?><!DOCTYPE w:document [{entities}]><w:document xmlns:w=\"w\"><w:body><w:p><w:r><w:t>&lol9;</w:t></w:r></w:p></w:body></w:document>"
    );
    let (code, err) = split(&docx_with(dir.path(), &xml));
    assert_eq!(code, 2);
    assert!(err.contains("word/document.xml declares XML entities of its own"), "{err}");
}

#[test]
fn zip_bomb_part_is_cut_off_at_the_limit() {
    let dir = tempfile::tempdir().unwrap();
    // 70 MiB of white space inside a paragraph: more than a part may unpack to.
    let xml = format!(
        "<w:document xmlns:w=\"w\"><w:body><w:p><w:r><w:t>x{}</w:t></w:r></w:p></w:body></w:document>",
        " ".repeat(70 << 20)
    );
    let (code, err) = split(&docx_with(dir.path(), &xml));
    assert_eq!(code, 2);
    assert!(err.contains("the part word/document.xml of this DOCX unpacks to more than 64 MiB"), "{err}");
}
