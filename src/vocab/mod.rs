//! Word lists shared by the taggers, the loaders and the index, declared
//! once so that no two modules keep their own copy of the same words.
//!
//! A word list is declared with [`word_class!`] (a predicate) or
//! [`word_map!`] (words to values). Both give a `match` over the words, as
//! fast as a hand-written one, and a constant listing every word, for code
//! that needs all the forms and for the test that no list repeats a word.

pub mod calendar;

#[cfg(test)]
mod tests;

/// Declares, for each item, `fn $name(w: &str) -> bool`, true for the
/// listed lower-case words, and `const $list`, the words themselves.
macro_rules! word_class {
    ($($(#[$doc:meta])* $vis:vis fn $name:ident, $list:ident = [$($w:literal),+ $(,)?];)+) => {
        $(
            $(#[$doc])*
            $vis fn $name(w: &str) -> bool {
                matches!(w, $($w)|+)
            }

            #[allow(dead_code)]
            $vis const $list: &[&str] = &[$($w),+];
        )+
    };
}

/// Declares `fn $name(w: &str) -> Option<$ty>`, the value of a listed
/// lower-case word, and `const $list`, every word of the map.
macro_rules! word_map {
    (
        $(#[$doc:meta])* $vis:vis fn $name:ident -> $ty:ty, $list:ident {
            $($($w:literal)|+ => $v:expr),+ $(,)?
        }
    ) => {
        $(#[$doc])*
        $vis fn $name(w: &str) -> Option<$ty> {
            Some(match w {
                $($($w)|+ => $v,)+
                _ => return None,
            })
        }

        #[allow(dead_code)]
        $vis const $list: &[&str] = &[$($($w),+),+];
    };
}

pub(crate) use word_class;
pub(crate) use word_map;
