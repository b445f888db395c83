//! Money in integer minor units (fen, cents). Never floating point.

/// The largest integer a JavaScript number holds exactly: every amount in and out stays at or
/// below it.
pub const MAX_SAFE: u64 = (1 << 53) - 1;

/// An ISO 4217 currency and the number of digits of its minor unit.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Currency {
    pub code: &'static str,
    pub exponent: u8,
}

/// Active ISO 4217 codes with their minor-unit exponent (2 unless listed otherwise): the one
/// currency table (`vocabulary.json` lists it for the JavaScript side).
pub const CURRENCIES: &[(&str, u8)] = &[
    ("AED", 2),
    ("ARS", 2),
    ("AUD", 2),
    ("BGN", 2),
    ("BHD", 3),
    ("BRL", 2),
    ("CAD", 2),
    ("CHF", 2),
    ("CLP", 0),
    ("CNY", 2),
    ("COP", 2),
    ("CZK", 2),
    ("DKK", 2),
    ("EGP", 2),
    ("EUR", 2),
    ("GBP", 2),
    ("HKD", 2),
    ("HUF", 2),
    ("IDR", 2),
    ("ILS", 2),
    ("INR", 2),
    ("ISK", 0),
    ("JOD", 3),
    ("JPY", 0),
    ("KRW", 0),
    ("KWD", 3),
    ("KZT", 2),
    ("MAD", 2),
    ("MXN", 2),
    ("MYR", 2),
    ("NGN", 2),
    ("NOK", 2),
    ("NZD", 2),
    ("OMR", 3),
    ("PEN", 2),
    ("PHP", 2),
    ("PKR", 2),
    ("PLN", 2),
    ("QAR", 2),
    ("RON", 2),
    ("RUB", 2),
    ("SAR", 2),
    ("SEK", 2),
    ("SGD", 2),
    ("THB", 2),
    ("TND", 3),
    ("TRY", 2),
    ("TWD", 2),
    ("UAH", 2),
    ("USD", 2),
    ("VND", 0),
    ("ZAR", 2),
];

pub fn currency(code: &str) -> Option<Currency> {
    CURRENCIES
        .iter()
        .find(|(c, _)| *c == code)
        .map(|&(code, exponent)| Currency { code, exponent })
}

pub fn currency_codes() -> impl Iterator<Item = &'static str> {
    CURRENCIES.iter().map(|(c, _)| *c)
}

/// `amount * numerator / denominator`, rounded half-up to the minor unit. u128 inside, so no
/// intermediate overflows; the result saturates at `u64::MAX` (callers check `MAX_SAFE`).
pub fn mul_div_half_up(amount: u64, numerator: u64, denominator: u64) -> u64 {
    if denominator == 0 {
        return 0;
    }
    let n = u128::from(amount) * u128::from(numerator);
    let d = u128::from(denominator);
    let q = div_u128(2 * n + d, 2 * d);
    u64::try_from(q).unwrap_or(u64::MAX)
}

/// `n / d` by shift and subtract, for divisors below 2^127 (every caller's is below 2^66). The
/// compiler's own 128-bit division is about 1 KB of wasm; this is a loop of a few dozen bytes.
#[inline(never)]
pub fn div_u128(n: u128, d: u128) -> u128 {
    debug_assert!(d != 0 && d >> 127 == 0);
    // Every amount the API sees fits 64 bits: one native division, not 128 rounds of the loop.
    if let (Ok(n), Ok(d)) = (u64::try_from(n), u64::try_from(d)) {
        return u128::from(n.checked_div(d).unwrap_or(0));
    }
    let (mut q, mut r) = (0u128, 0u128);
    for bit in (0..128).rev() {
        r = (r << 1) | ((n >> bit) & 1);
        if r >= d {
            r -= d;
            q |= 1 << bit;
        }
    }
    q
}

/// `percent`% of `amount`, rounded half-up (`percent` may be fractional in basis points via
/// `mul_div_half_up` directly).
pub fn percent_half_up(amount: u64, percent: u64) -> u64 {
    mul_div_half_up(amount, percent, 100)
}

/// The amount in major units with the currency's decimals: `19900` CNY -> `199.00`.
pub fn format_major(amount: u64, currency: Currency) -> String {
    let exp = u32::from(currency.exponent);
    if exp == 0 {
        return amount.to_string();
    }
    // exp <= 3, so scale is never 0; checked_* keeps the division free of panic paths.
    let scale = 10u64.pow(exp);
    let frac = amount.checked_rem(scale).unwrap_or(0).to_string();
    let mut s = amount.checked_div(scale).unwrap_or(amount).to_string();
    s.push('.');
    for _ in frac.len()..exp as usize {
        s.push('0');
    }
    s.push_str(&frac);
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn half_up_rounding_at_point_five() {
        // 5% of 1.10 = 0.055 -> 0.06; 5% of 1.09 = 0.0545 -> 0.05.
        assert_eq!(percent_half_up(110, 5), 6);
        assert_eq!(percent_half_up(109, 5), 5);
        // 30% of 0.05 = 0.015 -> 0.02; 30% of 0.01 = 0.003 -> 0.
        assert_eq!(percent_half_up(5, 30), 2);
        assert_eq!(percent_half_up(1, 30), 0);
        assert_eq!(percent_half_up(MAX_SAFE, 1000), MAX_SAFE * 10);
        assert_eq!(mul_div_half_up(1, 1, 0), 0);
        for (n, d) in [
            (0u128, 1u128),
            (1, 1),
            (u128::MAX, 1),
            (u128::MAX, 3),
            (1 << 106, (1 << 65) + 7),
            (123_456_789_012_345_678_901_234_567, 10_000_000),
            ((1 << 121) + 12345, 20_000_000),
        ] {
            assert_eq!(div_u128(n, d), n / d, "{n} / {d}");
        }
        let mut x = 1u64;
        for _ in 0..20_000 {
            let mut next = || {
                x = x
                    .wrapping_mul(6364136223846793005)
                    .wrapping_add(1442695040888963407);
                x >> (x % 64)
            };
            let (n, d) = (
                u128::from(next()) * u128::from(next()),
                u128::from(next()) * 2 + 1,
            );
            assert_eq!(div_u128(2 * n + d, 2 * d), (2 * n + d) / (2 * d), "{n} {d}");
        }
    }

    #[test]
    fn formats_with_the_currency_exponent() {
        let cny = currency("CNY").unwrap();
        assert_eq!(format_major(19900, cny), "199.00");
        assert_eq!(format_major(5, cny), "0.05");
        assert_eq!(format_major(0, cny), "0.00");
        assert_eq!(format_major(1234, currency("JPY").unwrap()), "1234");
        assert_eq!(format_major(1234, currency("KWD").unwrap()), "1.234");
        assert_eq!(currency("XXX"), None);
        assert_eq!(currency("cny"), None);
    }

    #[test]
    fn currency_table_is_sorted_and_unique() {
        let codes: Vec<_> = currency_codes().collect();
        assert!(codes.windows(2).all(|w| w[0] < w[1]));
    }
}
