//! Exact beads for small hand-made pairs, table style: source lines, target lines, beads.

use crate::common::segmented;
use pretty_assertions::assert_eq;
use transdiff::align::{AlignOptions, align};
use transdiff::alignment::BeadKind;
use transdiff::eval::labels::beads_text;
use transdiff::lang::Lang;
use transdiff::text::{Document, Level};

fn presplit(lines: &[&str], lang: Lang) -> Document {
    let text = lines.join("\n");
    segmented("case", text, Some(lang), true)
}

struct TestCase {
    source: &'static [&'static str],
    target: &'static [&'static str],
    /// Sentence beads in the benchmark's format.
    beads: &'static str,
    /// Their kinds, in order.
    kinds: &'static [BeadKind],
}

impl TestCase {
    fn run(&self) {
        let source = presplit(self.source, Lang::EN);
        let target = presplit(self.target, Lang::FR);
        let alignment = align(&source, &target, &AlignOptions::default());
        assert_eq!(beads_text(alignment.beads_at(Level::Sentence)), self.beads);
        let kinds: Vec<BeadKind> = alignment.beads.iter().map(|b| b.kind()).collect();
        assert_eq!(kinds, self.kinds);
    }
}

use BeadKind::{Added, Match, Omitted};

#[test]
fn one_to_one_on_numbers_and_names() {
    TestCase {
        source: &[
            "In 1956 the Swiss team climbed Lhotse and Everest.",
            "The weather stayed fine for three weeks.",
            "Ernst Reiss and Fritz Luchsinger reached the summit on 18 May.",
        ],
        target: &[
            "En 1956, l'équipe suisse a gravi le Lhotse et l'Everest.",
            "Le temps est resté beau pendant trois semaines.",
            "Ernst Reiss et Fritz Luchsinger ont atteint le sommet le 18 mai.",
        ],
        beads: "[0]:[0]\n[1]:[1]\n[2]:[2]\n",
        kinds: &[Match, Match, Match],
    }
    .run();
}

#[test]
fn two_sentences_merged_into_one() {
    TestCase {
        source: &[
            "The expedition left Kathmandu on 3 March 1956.",
            "It reached the base camp at 5,300 metres on 12 April.",
            "Dyhrenfurth wrote the report.",
        ],
        target: &[
            "L'expédition quitta Kathmandu le 3 mars 1956 et atteignit le camp de base à 5 300 mètres le 12 avril.",
            "Dyhrenfurth rédigea le rapport.",
        ],
        beads: "[0, 1]:[0]\n[2]:[1]\n",
        kinds: &[Match, Match],
    }
    .run();
}

#[test]
fn a_sentence_left_out_and_one_added() {
    TestCase {
        source: &[
            "Tokayev spoke on television on 4 January.",
            "Three thousand troops arrived on 6 January from Russia, Armenia and Belarus, sent by the Collective Security Treaty Organisation at the request of the government.",
            "By 10 January 164 people had died.",
            "Nazarbayev has not been seen since 28 December.",
        ],
        target: &[
            "Tokaïev parla à la télévision le 4 janvier.",
            "Le 10 janvier, 164 personnes étaient mortes.",
            "Nazarbaïev n'a pas été vu depuis le 28 décembre.",
            "Photo : des ouvriers du pétrole en grève à Zhanaozen en décembre 2011, lors de la grande grève réprimée par la police (archives Reuters, Almaty).",
        ],
        beads: "[0]:[0]\n[1]:[]\n[2]:[1]\n[3]:[2]\n[]:[3]\n",
        kinds: &[Match, Omitted, Match, Match, Added],
    }
    .run();
}

#[test]
fn the_beads_writer_prints_one_bead_a_line() {
    use transdiff::alignment::Bead;
    let beads = [
        Bead::new(Match, vec![0], vec![0, 1], 0.9).unwrap(),
        Bead::new(Omitted, vec![1], vec![], 0.5).unwrap(),
        Bead::new(Added, vec![], vec![2], 0.5).unwrap(),
        Bead::new(Match, vec![2, 3], vec![3], 0.7).unwrap(),
    ];
    assert_eq!(beads_text(beads.iter()), "[0]:[0, 1]\n[1]:[]\n[]:[2]\n[2, 3]:[3]\n");
}

fn web(paragraphs: &[&str], lang: Lang) -> Document {
    let text: String = paragraphs.iter().map(|p| format!("{p}\n\n")).collect();
    segmented("case", text, Some(lang), false)
}

#[test]
fn a_paragraph_repeated_early_is_moved() {
    let source = web(
        &[
            "Tokayev appealed to the CSTO on 5 January. Russia sent 3,000 troops.",
            "Workers in Zhanaozen drew up five demands. They called for free elections.",
            "The regime blamed terrorists for the violence in Almaty.",
            "A nationwide general strike could play a key role in Kazakhstan in 2022. International solidarity matters.",
        ],
        Lang::EN,
    );
    let target = web(
        &[
            "Tokajev vädjade till CSTO den 5 januari. Ryssland skickade 3 000 soldater.",
            "En landsomfattande generalstrejk kunde spela en nyckelroll i Kazakstan 2022.",
            "Arbetarna i Zhanaozen listade fem krav. De krävde fria val.",
            "Regimen skyllde våldet i Almaty på terrorister.",
            "En landsomfattande generalstrejk kunde spela en nyckelroll i Kazakstan 2022. Internationell solidaritet behövs.",
        ],
        Lang::SV,
    );
    let alignment = align(&source, &target, &AlignOptions::default());
    let beads: Vec<(BeadKind, Vec<usize>, Vec<usize>)> =
        alignment.beads.iter().map(|b| (b.kind(), b.source().to_vec(), b.target().to_vec())).collect();
    assert_eq!(
        beads,
        [
            (Match, vec![0], vec![0]),
            (BeadKind::Moved, vec![3], vec![1]),
            (Match, vec![1], vec![2]),
            (Match, vec![2], vec![3]),
            (Match, vec![3], vec![4]),
        ]
    );
    // The moved paragraph's one sentence points at the source sentence it repeats.
    let moved = &alignment.beads[1].sentences();
    let inner: Vec<(BeadKind, Vec<usize>, Vec<usize>)> =
        moved.iter().map(|b| (b.kind(), b.source().to_vec(), b.target().to_vec())).collect();
    assert_eq!(inner, [(BeadKind::Moved, vec![5, 6], vec![2])]);
}

#[test]
fn a_sentence_moved_three_places_later_is_one_moved_bead() {
    let source = presplit(
        &[
            "Tokayev spoke on television on 4 January.",
            "Nazarbayev has not been seen in Almaty since 28 December.",
            "Three thousand troops arrived on 6 January from Russia and Armenia.",
            "By 10 January 164 people had died in the protests.",
            "The internet was cut off across Kazakhstan for five days.",
            "On 11 January Tokayev named Alikhan Smailov prime minister.",
        ],
        Lang::EN,
    );
    let target = presplit(
        &[
            "Tokaïev parla à la télévision le 4 janvier.",
            "Trois mille soldats arrivèrent le 6 janvier de Russie et d'Arménie.",
            "Le 10 janvier, 164 personnes étaient mortes dans les manifestations.",
            "Internet fut coupé dans tout le Kazakhstan pendant cinq jours.",
            "Nazarbaïev n'a pas été vu à Almaty depuis le 28 décembre.",
            "Le 11 janvier, Tokaïev nomma Alikhan Smaïlov Premier ministre.",
        ],
        Lang::FR,
    );
    let alignment = align(&source, &target, &AlignOptions::default());
    // Every sentence once: the moved one in its own bead, out of order.
    let beads = alignment.partition_at(Level::Sentence);
    assert_eq!(beads_text(beads.iter()), "[0]:[0]\n[2]:[1]\n[3]:[2]\n[4]:[3]\n[1]:[4]\n[5]:[5]\n");
    let kinds: Vec<BeadKind> = beads.iter().map(|b| b.kind()).collect();
    assert_eq!(kinds, [Match, Match, Match, Match, BeadKind::Moved, Match]);
}
