//! Exact non-negative decimals: a `u128` mantissa and a count of decimal places.

use std::cmp::Ordering;
use std::fmt;

/// `mantissa / 10^scale`, exact. Every operation is checked: on overflow it gives `None`.
#[derive(Debug, Clone, Copy)]
pub struct Decimal {
    mantissa: u128,
    scale: u32,
}

const MAX_SCALE: u32 = 30;

impl Decimal {
    pub const ZERO: Decimal = Decimal {
        mantissa: 0,
        scale: 0,
    };

    pub fn from_int(n: u128) -> Decimal {
        Decimal {
            mantissa: n,
            scale: 0,
        }
    }

    /// Parses `123`, `1,234,567` (commas ignored) or `12.50`; `None` for anything else
    /// or a value too large to hold.
    pub fn parse(s: &str) -> Option<Decimal> {
        let (int, frac) = match s.split_once('.') {
            Some((i, f)) => (i, f),
            None => (s, ""),
        };
        if int.is_empty() && frac.is_empty() {
            return None;
        }
        if frac.len() > MAX_SCALE as usize {
            return None;
        }
        let mut m: u128 = 0;
        let mut seen = false;
        for b in int.bytes() {
            match b {
                b'0'..=b'9' => {
                    m = m.checked_mul(10)?.checked_add(u128::from(b - b'0'))?;
                    seen = true;
                }
                b',' => {}
                _ => return None,
            }
        }
        for b in frac.bytes() {
            if !b.is_ascii_digit() {
                return None;
            }
            m = m.checked_mul(10)?.checked_add(u128::from(b - b'0'))?;
            seen = true;
        }
        if !seen {
            return None;
        }
        Some(
            Decimal {
                mantissa: m,
                scale: frac.len() as u32,
            }
            .normalized(),
        )
    }

    /// Strips trailing zeros of the fraction: `0.50` becomes `0.5`.
    pub fn normalized(mut self) -> Decimal {
        while self.scale > 0 && self.mantissa.is_multiple_of(10) {
            self.mantissa /= 10;
            self.scale -= 1;
        }
        if self.mantissa == 0 {
            self.scale = 0;
        }
        self
    }

    /// Multiplies by `10^k`.
    pub fn mul_pow10(self, k: u32) -> Option<Decimal> {
        if k <= self.scale {
            return Some(
                Decimal {
                    mantissa: self.mantissa,
                    scale: self.scale - k,
                }
                .normalized(),
            );
        }
        let p = 10u128.checked_pow(k - self.scale)?;
        Some(Decimal {
            mantissa: self.mantissa.checked_mul(p)?,
            scale: 0,
        })
    }

    /// Divides by `10^k`, exactly.
    pub fn div_pow10(self, k: u32) -> Option<Decimal> {
        let scale = self.scale.checked_add(k)?;
        if scale > MAX_SCALE {
            return None;
        }
        Some(
            Decimal {
                mantissa: self.mantissa,
                scale,
            }
            .normalized(),
        )
    }

    pub fn mul_int(self, n: u128) -> Option<Decimal> {
        Some(
            Decimal {
                mantissa: self.mantissa.checked_mul(n)?,
                scale: self.scale,
            }
            .normalized(),
        )
    }

    /// Divided by `n`, exactly: `None` when the quotient has no exact decimal (a third)
    /// or `n` is zero.
    pub fn div_int(self, n: u128) -> Option<Decimal> {
        if n == 0 {
            return None;
        }
        let mut d = self;
        // One more decimal place at a time, up to the most a value holds.
        loop {
            if d.mantissa.is_multiple_of(n) {
                return Some(
                    Decimal {
                        mantissa: d.mantissa / n,
                        scale: d.scale,
                    }
                    .normalized(),
                );
            }
            if d.scale >= MAX_SCALE {
                return None;
            }
            d = Decimal {
                mantissa: d.mantissa.checked_mul(10)?,
                scale: d.scale + 1,
            };
        }
    }

    /// Half of the value, exactly.
    pub fn half(self) -> Option<Decimal> {
        if self.mantissa.is_multiple_of(2) {
            return Some(Decimal {
                mantissa: self.mantissa / 2,
                scale: self.scale,
            });
        }
        let scale = self.scale + 1;
        if scale > MAX_SCALE {
            return None;
        }
        Some(
            Decimal {
                mantissa: self.mantissa.checked_mul(5)?,
                scale,
            }
            .normalized(),
        )
    }

    pub fn checked_add(self, other: Decimal) -> Option<Decimal> {
        let scale = self.scale.max(other.scale);
        let a = self
            .mantissa
            .checked_mul(10u128.checked_pow(scale - self.scale)?)?;
        let b = other
            .mantissa
            .checked_mul(10u128.checked_pow(scale - other.scale)?)?;
        Some(
            Decimal {
                mantissa: a.checked_add(b)?,
                scale,
            }
            .normalized(),
        )
    }

    pub fn is_integer(&self) -> bool {
        self.normalized().scale == 0
    }

    /// The integer value, when the value is an integer.
    pub fn as_integer(&self) -> Option<u128> {
        let n = self.normalized();
        (n.scale == 0).then_some(n.mantissa)
    }

    pub fn mantissa(&self) -> u128 {
        self.mantissa
    }

    pub fn scale(&self) -> u32 {
        self.scale
    }
}

impl PartialEq for Decimal {
    fn eq(&self, other: &Self) -> bool {
        self.cmp(other) == Ordering::Equal
    }
}

impl Eq for Decimal {}

impl PartialOrd for Decimal {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Decimal {
    fn cmp(&self, other: &Self) -> Ordering {
        let (a, b) = (self.normalized(), other.normalized());
        let ia = a.mantissa / 10u128.pow(a.scale);
        let ib = b.mantissa / 10u128.pow(b.scale);
        match ia.cmp(&ib) {
            Ordering::Equal => {}
            o => return o,
        }
        // Compare the fractions, brought to a common scale (at most MAX_SCALE digits).
        let fa = a.mantissa % 10u128.pow(a.scale);
        let fb = b.mantissa % 10u128.pow(b.scale);
        let s = a.scale.max(b.scale);
        (fa * 10u128.pow(s - a.scale)).cmp(&(fb * 10u128.pow(s - b.scale)))
    }
}

impl fmt::Display for Decimal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let n = self.normalized();
        if n.scale == 0 {
            return write!(f, "{}", n.mantissa);
        }
        let p = 10u128.pow(n.scale);
        write!(
            f,
            "{}.{:0width$}",
            n.mantissa / p,
            n.mantissa % p,
            width = n.scale as usize
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parse_and_scale() {
        let d = Decimal::parse("2.01").unwrap().mul_pow10(6).unwrap();
        assert_eq!(d.to_string(), "2010000");
        assert_eq!(Decimal::parse("0.50").unwrap().to_string(), "0.5");
        assert_eq!(Decimal::parse("1,250,000").unwrap().to_string(), "1250000");
        assert_eq!(
            Decimal::parse("11.1")
                .unwrap()
                .mul_pow10(12)
                .unwrap()
                .to_string(),
            "11100000000000"
        );
        assert_eq!(
            Decimal::parse("0.25")
                .unwrap()
                .div_pow10(2)
                .unwrap()
                .to_string(),
            "0.0025"
        );
        assert_eq!(Decimal::from_int(1).half().unwrap().to_string(), "0.5");
        assert!(Decimal::parse("9".repeat(60).as_str()).is_none());
        assert!(Decimal::parse("").is_none());
        assert!(Decimal::parse(".").is_none());
    }

    #[test]
    fn ordering() {
        let a = Decimal::parse("1.5").unwrap();
        let b = Decimal::parse("1.50").unwrap();
        let c = Decimal::parse("1.05").unwrap();
        assert_eq!(a, b);
        assert!(c < a);
        assert!(Decimal::from_int(2) > a);
    }
}
