use super::*;

// Book and Song are the learner's own types, so every value is bound with
// its type and each text with String: the comparison is std's own.

#[test]
fn dune_with_412_pages_describes_itself_as_dune_412_pages_in_brackets() {
    let book: Book = Book { title: String::from("Dune"), pages: 412 };
    let text: String = book.describe();
    assert_eq!(text, "Dune (412 pages)");
}

#[test]
fn holes_with_272_pages_describes_itself_as_holes_272_pages_in_brackets() {
    let book: Book = Book { title: String::from("Holes"), pages: 272 };
    let text: String = book.describe();
    assert_eq!(text, "Holes (272 pages)");
}

#[test]
fn imagine_describes_itself_as_imagine_by_john_lennon() {
    let song: Song = Song { title: String::from("Imagine"), artist: String::from("John Lennon") };
    let text: String = song.describe();
    assert_eq!(text, "Imagine by John Lennon");
}

#[test]
fn respect_describes_itself_as_respect_by_aretha_franklin() {
    let song: Song = Song { title: String::from("Respect"), artist: String::from("Aretha Franklin") };
    let text: String = song.describe();
    assert_eq!(text, "Respect by Aretha Franklin");
}

#[test]
fn every_book_from_volume_1_to_volume_30_describes_itself_with_its_own_title_and_pages() {
    for n in 1..=30 {
        let title = format!("Volume {}", n);
        let pages: u32 = n * 37;
        let book: Book = Book { title: title.clone(), pages };
        let text: String = book.describe();
        let expected: String = title + " (" + &pages.to_string() + " pages)";
        assert_eq!(text, expected);
    }
}

#[test]
fn every_song_from_track_1_to_track_30_describes_itself_with_its_own_title_and_artist() {
    for n in 1..=30 {
        let title = format!("Track {}", n);
        let artist = format!("Band {}", 31 - n);
        let song: Song = Song { title: title.clone(), artist: artist.clone() };
        let text: String = song.describe();
        let expected: String = title + " by " + &artist;
        assert_eq!(text, expected);
    }
}
