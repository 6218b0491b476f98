//! The one macro behind every closed vocabulary of the contract (answer values, option ids, rule ids).

/// Declares a fieldless enum whose variants stand for fixed strings of the contract.
///
/// It derives `Clone, Copy, Debug, PartialEq, Eq, Hash` and serde with exactly those
/// strings, and adds `ALL` (every variant in declaration order, which is the order of the
/// policy's tables), the accessor that returns the string, and a lookup from the string.
/// The strings are written out rather than derived from the variant names because
/// `Age70Plus` would otherwise become `age70_plus`.
macro_rules! contract_enum {
    (
        $(#[$meta:meta])*
        pub enum $name:ident ($accessor:ident, $lookup:ident) {
            $( $(#[$vmeta:meta])* $variant:ident = $id:literal ),+ $(,)?
        }
    ) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
        pub enum $name {
            $( $(#[$vmeta])* #[serde(rename = $id)] $variant ),+
        }

        impl $name {
            /// Every value, in the order of the policy's table.
            pub const ALL: [Self; [$($id),+].len()] = [$(Self::$variant),+];

            /// The string the contract uses for this value.
            pub const fn $accessor(self) -> &'static str {
                match self {
                    $(Self::$variant => $id),+
                }
            }

            /// The value the contract string stands for, if it is one.
            pub fn $lookup(text: &str) -> Option<Self> {
                Self::ALL.into_iter().find(|value| value.$accessor() == text)
            }
        }

        impl $crate::engine::macros::Vocabulary for $name {
            fn lookup(text: &str) -> Option<Self> {
                Self::$lookup(text)
            }

            fn ids() -> impl Iterator<Item = &'static str> {
                Self::ALL.into_iter().map(Self::$accessor)
            }
        }
    };
}

/// A closed vocabulary of contract strings, so that the JSON reader can read any of them
/// and say which strings it expected.
pub(crate) trait Vocabulary: Sized {
    /// The value the string stands for, if it is one.
    fn lookup(text: &str) -> Option<Self>;

    /// Every string of the vocabulary, in declaration order.
    fn ids() -> impl Iterator<Item = &'static str>;
}
