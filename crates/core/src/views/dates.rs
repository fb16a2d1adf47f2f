//! Meeting dates as the record prints them.
//!
//! The model keeps a meeting's date as ISO 8601 (`2020-01-09`), which
//! scripts sort and compare; a reader knows the record by "Thursday,
//! 9 January 2020", as its cover prints it (in English, as the page's own
//! words are, whatever the record's language).

use crate::grammar::lexicon::{ENGLISH_MONTHS, ENGLISH_WEEKDAYS};

/// `2020-01-09` as `Thursday, 9 January 2020`; `None` for anything that is
/// not such a date (the model's date comes from the record, untrusted).
pub fn long_date(iso: &str) -> Option<String> {
    let mut parts = iso.split('-');
    let (y, m, d) = (parts.next()?, parts.next()?, parts.next()?);
    if parts.next().is_some() || y.len() != 4 || m.len() != 2 || d.len() != 2 {
        return None;
    }
    let year: i32 = y.parse().ok()?;
    let month: usize = m.parse().ok()?;
    let day: u32 = d.parse().ok()?;
    let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
    let days_in = [
        31,
        if leap { 29 } else { 28 },
        31,
        30,
        31,
        30,
        31,
        31,
        30,
        31,
        30,
        31,
    ];
    if !(1..=12).contains(&month) || day == 0 || day > days_in[month - 1] {
        return None;
    }
    // Sakamoto's day of the week (0 = Sunday), Gregorian calendar; the
    // table of names opens with Monday.
    const OFFSETS: [i32; 12] = [0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4];
    let y = if month < 3 { year - 1 } else { year };
    let weekday = (y + y / 4 - y / 100 + y / 400 + OFFSETS[month - 1] + day as i32).rem_euclid(7);
    Some(format!(
        "{}, {day} {} {year}",
        ENGLISH_WEEKDAYS[(weekday as usize + 6) % 7],
        ENGLISH_MONTHS[month - 1]
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_read_as_the_covers_print_them() {
        // Each corpus record's cover date line, against the parsed date.
        for (name, cover) in [
            ("raw/S_PV_8699.txt", "Thursday, 9 January 2020"),
            ("raw/S_PV_8700.txt", "Friday, 10 January 2020"),
            ("raw/S_PV_8707.txt", "Wednesday, 29 January 2020"),
            ("ga/raw/A_76_PV_102.txt", "Thursday, 8 September 2022"),
        ] {
            let text = std::fs::read_to_string(crate::corpus_path(name)).expect("record");
            assert!(text.contains(cover), "{name}: the cover prints {cover}");
            let date = crate::parse(&text).meeting.date.expect("a date");
            assert_eq!(long_date(&date).as_deref(), Some(cover), "{name}");
        }
        assert_eq!(
            long_date("2000-02-29").as_deref(),
            Some("Tuesday, 29 February 2000")
        );
        assert_eq!(
            long_date("1997-03-21").as_deref(),
            Some("Friday, 21 March 1997")
        );
    }

    #[test]
    fn what_is_not_a_date_is_none() {
        for bad in [
            "",
            "2020",
            "2020-13-01",
            "2019-02-29",
            "2020-01-32",
            "2020-1-9",
            "20-01-09x",
            "２０２０-01-09",
            "2020-01-09-01",
        ] {
            assert_eq!(long_date(bad), None, "{bad:?}");
        }
    }
}
