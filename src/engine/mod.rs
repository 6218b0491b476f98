//! The clinical engine: pure, no browser types. (Being written.)
