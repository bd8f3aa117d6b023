//! Exact signed rationals for unit conversion and range bounds.
//!
//! [`Decimal`](crate::numbers::Decimal) is exact but unsigned and decimal: a Fahrenheit
//! reading converted to Celsius (×5/9) or a yearly rate brought to a daily one (÷365.25)
//! does not terminate, and temperatures go below zero. An [`Exact`] is `num / den` in
//! lowest terms, so every conversion and every bound is exact; only its display rounds.

use std::cmp::Ordering;
use std::fmt;

use crate::numbers::Decimal;

/// An exact signed rational `num / den` (`den > 0`, lowest terms). Every operation is
/// checked: on overflow it gives `None`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Exact {
    num: i128,
    den: i128,
}

/// Decimal places shown for a value whose decimal expansion does not terminate.
pub const DISPLAY_PLACES: u32 = 4;

fn gcd(mut a: i128, mut b: i128) -> i128 {
    a = a.abs();
    b = b.abs();
    while b != 0 {
        (a, b) = (b, a % b);
    }
    a
}

impl Exact {
    pub const ZERO: Exact = Exact { num: 0, den: 1 };

    /// `num / den`, reduced; `None` when `den` is zero.
    pub fn new(num: i128, den: i128) -> Option<Exact> {
        if den == 0 {
            return None;
        }
        let g = gcd(num, den).max(1);
        let (mut n, mut d) = (num / g, den / g);
        if d < 0 {
            n = n.checked_neg()?;
            d = d.checked_neg()?;
        }
        Some(Exact { num: n, den: d })
    }

    pub fn from_int(n: i128) -> Exact {
        Exact { num: n, den: 1 }
    }

    /// The value of a [`Decimal`].
    pub fn from_decimal(d: Decimal) -> Option<Exact> {
        let num = i128::try_from(d.mantissa()).ok()?;
        Exact::new(num, 10i128.checked_pow(d.scale())?)
    }

    /// Parses an unsigned decimal literal (`0.3048`, `1,200`), optionally led by `-`.
    pub fn parse(s: &str) -> Option<Exact> {
        let (neg, body) = match s.strip_prefix('-') {
            Some(b) => (true, b),
            None => (false, s),
        };
        let v = Exact::from_decimal(Decimal::parse(body)?)?;
        if neg { v.checked_neg() } else { Some(v) }
    }

    pub fn checked_neg(self) -> Option<Exact> {
        Some(Exact {
            num: self.num.checked_neg()?,
            den: self.den,
        })
    }

    pub fn is_negative(&self) -> bool {
        self.num < 0
    }

    pub fn abs(self) -> Option<Exact> {
        if self.num < 0 {
            self.checked_neg()
        } else {
            Some(self)
        }
    }

    pub fn checked_add(self, o: Exact) -> Option<Exact> {
        let g = gcd(self.den, o.den).max(1);
        let l = (self.den / g).checked_mul(o.den)?;
        let a = self.num.checked_mul(l / self.den)?;
        let b = o.num.checked_mul(l / o.den)?;
        Exact::new(a.checked_add(b)?, l)
    }

    pub fn checked_sub(self, o: Exact) -> Option<Exact> {
        self.checked_add(o.checked_neg()?)
    }

    pub fn checked_mul(self, o: Exact) -> Option<Exact> {
        // Cross-reduce first so the products stay small.
        let g1 = gcd(self.num, o.den).max(1);
        let g2 = gcd(o.num, self.den).max(1);
        let n = (self.num / g1).checked_mul(o.num / g2)?;
        let d = (self.den / g2).checked_mul(o.den / g1)?;
        Exact::new(n, d)
    }

    pub fn checked_div(self, o: Exact) -> Option<Exact> {
        if o.num == 0 {
            return None;
        }
        self.checked_mul(Exact::new(o.den, o.num)?)
    }

    /// The integer part, rounded towards negative infinity.
    fn floor(&self) -> i128 {
        self.num.div_euclid(self.den)
    }

    /// Whether the decimal expansion terminates (the denominator is `2^a·5^b`).
    pub fn terminates(&self) -> bool {
        let mut d = self.den;
        while d % 2 == 0 {
            d /= 2;
        }
        while d % 5 == 0 {
            d /= 5;
        }
        d == 1
    }

    /// The value rounded half away from zero to `places` decimals, as `(negative,
    /// digits-with-point)`; `None` on overflow.
    fn to_decimal_string(self, places: u32) -> Option<String> {
        let neg = self.num < 0;
        let n = self.num.checked_abs()?;
        let p = 10i128.checked_pow(places)?;
        let scaled = n.checked_mul(p)?;
        let mut q = scaled / self.den;
        if (scaled % self.den).checked_mul(2)? >= self.den {
            q += 1;
        }
        let int = q / p;
        let frac = q % p;
        let mut s = if places == 0 {
            int.to_string()
        } else {
            let f = format!("{frac:0width$}", width = places as usize);
            let f = f.trim_end_matches('0');
            if f.is_empty() {
                int.to_string()
            } else {
                format!("{int}.{f}")
            }
        };
        if neg && s.bytes().any(|b| b != b'0' && b != b'.') {
            s.insert(0, '-');
        }
        Some(s)
    }
}

impl PartialOrd for Exact {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Exact {
    /// Compares by continued fractions: exact, and it never overflows.
    fn cmp(&self, other: &Self) -> Ordering {
        let (mut an, mut ad, mut bn, mut bd) = (self.num, self.den, other.num, other.den);
        let mut flip = false;
        loop {
            let (ai, bi) = (an.div_euclid(ad), bn.div_euclid(bd));
            if ai != bi {
                let o = ai.cmp(&bi);
                return if flip { o.reverse() } else { o };
            }
            let (ar, br) = (an.rem_euclid(ad), bn.rem_euclid(bd));
            match (ar == 0, br == 0) {
                (true, true) => return Ordering::Equal,
                (true, false) => {
                    return if flip {
                        Ordering::Greater
                    } else {
                        Ordering::Less
                    };
                }
                (false, true) => {
                    return if flip {
                        Ordering::Less
                    } else {
                        Ordering::Greater
                    };
                }
                (false, false) => {}
            }
            // a = ai + ar/ad: compare ad/ar against bd/br, reversed.
            (an, ad, bn, bd) = (ad, ar, bd, br);
            flip = !flip;
        }
    }
}

impl fmt::Display for Exact {
    /// The exact decimal expansion when it terminates (at most 30 places), else the value
    /// rounded to [`DISPLAY_PLACES`] decimals.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let places = if self.terminates() {
            let mut k = 0;
            let mut d = self.den;
            while d != 1 && k < 30 {
                // den = 2^a 5^b: multiplying by 10 per place clears it.
                d = d / gcd(d, 10);
                k += 1;
            }
            k
        } else {
            DISPLAY_PLACES
        };
        match self.to_decimal_string(places) {
            Some(s) => f.write_str(&s),
            // Too large to scale: the integer part still reads right.
            None => write!(f, "{}", self.floor()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn e(s: &str) -> Exact {
        Exact::parse(s).unwrap()
    }

    #[test]
    fn arithmetic_is_exact() {
        assert_eq!(
            e("984").checked_mul(e("0.3048")).unwrap().to_string(),
            "299.9232"
        );
        assert_eq!(e("0.1").checked_add(e("0.2")).unwrap(), e("0.3"));
        let c = e("47")
            .checked_sub(e("32"))
            .unwrap()
            .checked_mul(Exact::new(5, 9).unwrap())
            .unwrap();
        assert_eq!(c.to_string(), "8.3333");
        assert_eq!(
            e("46.4")
                .checked_sub(e("32"))
                .unwrap()
                .checked_mul(Exact::new(5, 9).unwrap())
                .unwrap(),
            e("8")
        );
        assert_eq!(e("-5").to_string(), "-5");
        assert_eq!(e("-0.00001").to_string(), "-0.00001");
        assert_eq!(Exact::new(-1, 300000).unwrap().to_string(), "0");
        assert_eq!(Exact::new(2, 3).unwrap().to_string(), "0.6667");
    }

    #[test]
    fn ordering_is_exact() {
        assert!(e("299.7708") < e("300"));
        assert!(e("-5") < e("-4.9"));
        assert!(Exact::new(1, 3).unwrap() < e("0.3334"));
        assert!(Exact::new(1, 3).unwrap() > e("0.3333"));
        let big = Exact::new(i128::MAX / 3, 7).unwrap();
        let big2 = Exact::new(i128::MAX / 3, 11).unwrap();
        assert!(big > big2);
        assert_eq!(e("2.50").cmp(&e("2.5")), Ordering::Equal);
    }
}
