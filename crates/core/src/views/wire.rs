//! A compact binary form of the record model, for handing a parsed record
//! from the browser's parse worker to the page (see [`super::transfer`]).
//!
//! Why not the serde form: decoding JSON into the model needs serde's
//! `Deserialize` code for every model type, about 36 KB of gzipped
//! WebAssembly that every visitor would download for the few who open
//! records over 1 MB. This form is written and read by hand in a few hundred
//! lines and is several times smaller and faster than JSON.
//!
//! Layout: integers as LEB128 varints, strings as a varint length and UTF-8
//! bytes, `Option` as a 0/1 byte and the value, sequences as a varint count
//! and the items, enums as a tag byte and the variant's fields. The reader
//! checks every length against the bytes left, so damaged input gives an
//! error and never a panic or a huge allocation.

use crate::model::{
    AgendaItem, Block, Diagnostic, Location, Meeting, Member, Person, Place, Record, Span, Speech,
    SymbolRef, Vote,
};

/// Appends values to a byte buffer.
#[derive(Default)]
pub struct Writer {
    pub bytes: Vec<u8>,
}

/// Reads values back, failing on anything malformed.
pub struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
}

/// A value with a binary form.
pub trait Wire: Sized {
    fn put(&self, w: &mut Writer);
    fn take(r: &mut Reader) -> Result<Self, String>;
}

impl Writer {
    pub fn put<T: Wire>(&mut self, value: &T) {
        value.put(self);
    }

    /// A slice, in the same form as a `Vec` of it.
    pub fn put_seq<T: Wire>(&mut self, items: &[T]) {
        self.varint(items.len() as u64);
        for item in items {
            item.put(self);
        }
    }

    pub fn byte(&mut self, b: u8) {
        self.bytes.push(b);
    }

    fn varint(&mut self, mut n: u64) {
        while n >= 0x80 {
            self.bytes.push((n as u8) | 0x80);
            n >>= 7;
        }
        self.bytes.push(n as u8);
    }
}

impl<'a> Reader<'a> {
    pub fn new(bytes: &'a [u8]) -> Reader<'a> {
        Reader { bytes, at: 0 }
    }

    pub fn take<T: Wire>(&mut self) -> Result<T, String> {
        T::take(self)
    }

    /// Whether every byte has been read.
    pub fn is_done(&self) -> bool {
        self.at == self.bytes.len()
    }

    pub fn byte(&mut self) -> Result<u8, String> {
        let b = *self.bytes.get(self.at).ok_or("the piece ends too early")?;
        self.at += 1;
        Ok(b)
    }

    fn varint(&mut self) -> Result<u64, String> {
        let mut n = 0u64;
        for shift in (0..64).step_by(7) {
            let b = self.byte()?;
            n |= u64::from(b & 0x7f) << shift;
            if b < 0x80 {
                return Ok(n);
            }
        }
        Err("a number is too long".into())
    }

    /// A count or length, which cannot exceed the bytes left (every item
    /// takes at least one byte).
    fn length(&mut self) -> Result<usize, String> {
        let n = self.varint()?;
        let left = (self.bytes.len() - self.at) as u64;
        if n > left {
            return Err("a length runs past the end of the piece".into());
        }
        Ok(n as usize)
    }
}

impl Wire for u64 {
    fn put(&self, w: &mut Writer) {
        w.varint(*self);
    }
    fn take(r: &mut Reader) -> Result<Self, String> {
        r.varint()
    }
}

impl Wire for usize {
    fn put(&self, w: &mut Writer) {
        w.varint(*self as u64);
    }
    fn take(r: &mut Reader) -> Result<Self, String> {
        usize::try_from(r.varint()?).map_err(|_| "a number is too large".into())
    }
}

impl Wire for u32 {
    fn put(&self, w: &mut Writer) {
        w.varint(u64::from(*self));
    }
    fn take(r: &mut Reader) -> Result<Self, String> {
        u32::try_from(r.varint()?).map_err(|_| "a number is too large".into())
    }
}

impl Wire for bool {
    fn put(&self, w: &mut Writer) {
        w.byte(u8::from(*self));
    }
    fn take(r: &mut Reader) -> Result<Self, String> {
        match r.byte()? {
            0 => Ok(false),
            1 => Ok(true),
            _ => Err("a flag is neither 0 nor 1".into()),
        }
    }
}

impl Wire for String {
    fn put(&self, w: &mut Writer) {
        w.varint(self.len() as u64);
        w.bytes.extend_from_slice(self.as_bytes());
    }
    fn take(r: &mut Reader) -> Result<Self, String> {
        let len = r.length()?;
        let bytes = &r.bytes[r.at..r.at + len];
        r.at += len;
        std::str::from_utf8(bytes)
            .map(str::to_owned)
            .map_err(|_| "a string is not UTF-8".into())
    }
}

impl<T: Wire> Wire for Option<T> {
    fn put(&self, w: &mut Writer) {
        match self {
            None => w.byte(0),
            Some(v) => {
                w.byte(1);
                v.put(w);
            }
        }
    }
    fn take(r: &mut Reader) -> Result<Self, String> {
        match r.byte()? {
            0 => Ok(None),
            1 => Ok(Some(T::take(r)?)),
            _ => Err("an optional value is damaged".into()),
        }
    }
}

impl<T: Wire> Wire for Vec<T> {
    fn put(&self, w: &mut Writer) {
        w.put_seq(self);
    }
    fn take(r: &mut Reader) -> Result<Self, String> {
        let n = r.length()?;
        (0..n).map(|_| T::take(r)).collect()
    }
}

impl Wire for Span {
    fn put(&self, w: &mut Writer) {
        self[0].put(w);
        self[1].put(w);
    }
    fn take(r: &mut Reader) -> Result<Self, String> {
        Ok([r.take()?, r.take()?])
    }
}

/// `Wire` for a struct: its fields in order.
macro_rules! wire_struct {
    ($t:ident { $($f:ident),* $(,)? }) => {
        impl Wire for $t {
            fn put(&self, w: &mut Writer) {
                $( self.$f.put(w); )*
            }
            fn take(r: &mut Reader) -> Result<Self, String> {
                Ok($t { $( $f: r.take()?, )* })
            }
        }
    };
}

wire_struct!(Record {
    meeting,
    speeches,
    body,
    symbols,
    diagnostics
});
wire_struct!(Meeting {
    symbol,
    organ,
    session,
    number,
    date,
    time,
    place,
    president,
    members,
    agenda,
    language
});
wire_struct!(Person { name, country });
wire_struct!(Member {
    country,
    representative
});
wire_struct!(AgendaItem {
    title,
    symbols,
    from_body
});
wire_struct!(Speech {
    order,
    label,
    title,
    speaker,
    country,
    delegation,
    role,
    language,
    paragraphs,
    paragraph_spans,
    label_span
});
wire_struct!(Vote {
    procedure,
    in_favour,
    against,
    abstaining,
    result,
    adopted,
    resolution,
    span
});
wire_struct!(SymbolRef {
    symbol,
    text,
    location,
    start,
    end
});
wire_struct!(Diagnostic {
    level,
    code,
    message,
    span,
    count,
    places
});
wire_struct!(Place { span, note });

impl Wire for Block {
    fn put(&self, w: &mut Writer) {
        let text_block = |w: &mut Writer, tag: u8, text: &String, span: &Span| {
            w.byte(tag);
            text.put(w);
            span.put(w);
        };
        match self {
            Block::Heading { text, span } => text_block(w, 0, text, span),
            Block::Narrative { text, span } => text_block(w, 1, text, span),
            Block::Language { text, span } => text_block(w, 2, text, span),
            Block::Unattributed { text, span } => text_block(w, 3, text, span),
            Block::Vote(vote) => {
                w.byte(4);
                vote.put(w);
            }
            Block::Speech {
                speech,
                first_paragraph,
                paragraph_count,
            } => {
                w.byte(5);
                speech.put(w);
                first_paragraph.put(w);
                paragraph_count.put(w);
            }
        }
    }
    fn take(r: &mut Reader) -> Result<Self, String> {
        Ok(match r.byte()? {
            0 => Block::Heading {
                text: r.take()?,
                span: r.take()?,
            },
            1 => Block::Narrative {
                text: r.take()?,
                span: r.take()?,
            },
            2 => Block::Language {
                text: r.take()?,
                span: r.take()?,
            },
            3 => Block::Unattributed {
                text: r.take()?,
                span: r.take()?,
            },
            4 => Block::Vote(r.take()?),
            5 => Block::Speech {
                speech: r.take()?,
                first_paragraph: r.take()?,
                paragraph_count: r.take()?,
            },
            _ => return Err("unknown block kind".into()),
        })
    }
}

impl Wire for Location {
    fn put(&self, w: &mut Writer) {
        match self {
            Location::Paragraph { speech, paragraph } => {
                w.byte(0);
                speech.put(w);
                paragraph.put(w);
            }
            Location::Block { block } => {
                w.byte(1);
                block.put(w);
            }
            Location::Agenda { item } => {
                w.byte(2);
                item.put(w);
            }
        }
    }
    fn take(r: &mut Reader) -> Result<Self, String> {
        Ok(match r.byte()? {
            0 => Location::Paragraph {
                speech: r.take()?,
                paragraph: r.take()?,
            },
            1 => Location::Block { block: r.take()? },
            2 => Location::Agenda { item: r.take()? },
            _ => return Err("unknown location kind".into()),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn round_trip<T: Wire + PartialEq + std::fmt::Debug>(value: &T) {
        let mut w = Writer::default();
        w.put(value);
        let mut r = Reader::new(&w.bytes);
        assert_eq!(&r.take::<T>().expect("reads back"), value);
        assert!(r.is_done());
    }

    #[test]
    fn corpus_records_survive_the_round_trip() {
        for name in [
            "raw/S_PV_8700.txt",
            "raw/S_PV_8699.txt",
            "ga/raw/A_76_PV_102.txt",
        ] {
            let text = std::fs::read_to_string(crate::corpus_path(name)).expect("corpus");
            round_trip(&crate::parse(&text));
        }
        round_trip(&(u64::MAX));
        round_trip(&Some(vec![String::new(), "é’".to_owned()]));
    }

    #[test]
    fn damaged_bytes_are_refused_without_panicking() {
        let text =
            std::fs::read_to_string(crate::corpus_path("raw/S_PV_8701.txt")).expect("corpus");
        let mut w = Writer::default();
        w.put(&crate::parse(&text));
        // Every truncation fails cleanly.
        for end in 0..w.bytes.len() {
            assert!(Reader::new(&w.bytes[..end]).take::<Record>().is_err());
        }
        // Flipped bytes give an error or some record, never a panic.
        for at in (0..w.bytes.len()).step_by(7) {
            let mut bytes = w.bytes.clone();
            bytes[at] ^= 0xA5;
            let _ = Reader::new(&bytes).take::<Record>();
        }
        // A huge declared length is refused before anything is allocated.
        let mut huge = Writer::default();
        huge.varint(u64::MAX >> 1);
        assert!(Reader::new(&huge.bytes).take::<Vec<String>>().is_err());
        assert!(Reader::new(&[0xff; 11]).take::<u64>().is_err());
    }
}
