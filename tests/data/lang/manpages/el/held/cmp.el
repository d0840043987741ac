ΟΝΟΜΑ
cmp - σύγκριση δύο αρχείων byte προς byte
ΣΦΑΙΡΙΚΗ ΕΙΚΟΝΑ
cmp [ΕΠΙΛΟΓΗ]... ΑΡΧΕΙΟ1 [ΑΡΧΕΙΟ2 [SKIP1 [SKIP2]]]
ΠΕΡΙΓΡΑΦΗ
Σύγκριση δύο αρχείων byte προς byte.
Οι προαιρετικές παράμετροι SKIP1 και SKIP2 καθορίζουν τον αριθμό των bytes προς παράβλεψη στην αρχή κάθε αρχείου (η προεπιλογή είναι μηδέν).
Υποχρεωτικά ορίσματα στις μακρές επιλογές είναι υποχρεωτικά και στις κοντέςεπιλογές επίσης.
-b, --print-bytes
Εμφανίζει bytes που διαφέρουν
-i, --ignore-initial=SKIP
Παράβλεψη των πρώτων SKIP bytes και των δύο εισόδων
-i, --ignore-initial=SKIP1:SKIP2
παράβλεψη των πρώτων SKIP1 bytes του αρχείου ΑΡΧΕΙΟ1 και των πρώτων SKIP2 bytes του αρχείου ΑΡΧΕΙΟ2
-l, --verbose
Έξοδος αριθμού και τιμής όλων των bytes που διαφέρουν
-n, --bytes=ΟΡΙΟ
Σύγκριση το πολύ ΟΡΙΟ bytes
-s, --quiet, --silent
απάλειψη κανονικής εξόδου
--help εμφάνιση αυτής εδώ της βοήθειας κι έξοδος
-v, --version
εμφάνιση πληροφοριών έκδοσης κι έξοδος
Οι τιμές SKIP μπορούν ν' ακολουθούνται από τα παρακάτω πολαπλασιαστικά επιθέματα : kB 1000, K 1024, MB 1,000,000, M 1,048,576, GB 1,000,000,000, G 1,073,741,824, κτλ γιά T, P, E, Z, Y.
Αν ένα ΑΡΧΕΙΟ είναι «-» ή απών, τότε ανάγνωση από την κανονική είσοδο. Η έξοδος είναι 0 αν τα δεδομένα αρχεία είναι ίδια, 1 αν είναι διαφορετικά, 2 αν υπάρχει πρόβλημα.
ΣΥΓΓΡΑΦΕΑΣ
Γράφτηκε από Torbjorn Granlund και David MacKenzie.
ΑΝΑΦΟΡΑ ΣΦΑΛΜΑΤΟΣ
Αναφέρετε σφάλματα σε <bug-diffutils@gnu.org>.
GNU diffutils home page: <https://www.gnu.org/software/diffutils/>
Γενική βοήθεια χρήσης του λογισμικού GNU: <https://www.gnu.org/gethelp/>
COPYRIGHT
Copyright © 2021 Free Software Foundation, Inc. License GPLv3+: GNU GPL version 3 or later <https://gnu.org/licenses/gpl.html>.
This is free software: you are free to change and redistribute it. There is NO WARRANTY, to the extent permitted by law.
ΔΕΙΤΕ ΕΠΙΣΗΣ
diff(1), diff3(1), sdiff(1)
Η πλήρης τεκμηρίωση για cmp υπάρχει ως εγχειρίδιο Texinfo. Αν το info και cmp τα προγράμματα έχουν εγκατασταθεί σωστά στη σελίδα σας, η εντολή
info cmp
θα πρέπει να σας δίνει πρόσβαση στο πλήρες εγχειρίδιο.
