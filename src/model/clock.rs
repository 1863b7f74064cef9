//! Where "now" comes from, and in which time zone it is shown: the
//! system's clock, or one a test sets. The screens read the clock they
//! were given (never the system's directly), so what they show ("10:00"
//! today, "12-02" another day) is the same on every day a test runs.

use jiff::Timestamp;
use jiff::civil::Date;
use jiff::tz::TimeZone;

/// A clock: the time now (the system's, or a fixed one) and the time zone
/// times are shown in.
#[derive(Debug, Clone)]
pub struct Clock {
    fixed: Option<Timestamp>,
    zone: TimeZone,
}

impl Clock {
    /// The system's clock, in the system's time zone (the app's).
    pub fn system() -> Clock {
        Clock {
            fixed: None,
            zone: TimeZone::system(),
        }
    }

    /// The system's clock, times shown in UTC (benchmarks, and tests that
    /// show no "today").
    pub fn utc() -> Clock {
        Clock {
            fixed: None,
            zone: TimeZone::UTC,
        }
    }

    /// A clock stopped at `at`, times shown in `zone` (tests).
    pub fn fixed(at: Timestamp, zone: TimeZone) -> Clock {
        Clock {
            fixed: Some(at),
            zone,
        }
    }

    /// Now, to the second (sub-second times only add noise to the files).
    pub fn now(&self) -> Timestamp {
        match self.fixed {
            Some(at) => at,
            None => super::now(),
        }
    }

    /// The time zone times are shown in.
    pub fn time_zone(&self) -> &TimeZone {
        &self.zone
    }

    /// Today's date where the clock is.
    pub fn today(&self) -> Date {
        self.now().to_zoned(self.zone.clone()).date()
    }

    /// A time as the clock's zone has it.
    pub fn zoned(&self, at: Timestamp) -> jiff::Zoned {
        at.to_zoned(self.zone.clone())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_fixed_clock_says_its_time_and_its_day_in_its_zone() {
        let at: Timestamp = "2026-12-02T23:30:00Z".parse().unwrap();
        let utc = Clock::fixed(at, TimeZone::UTC);
        assert_eq!(utc.now(), at);
        assert_eq!(utc.today().to_string(), "2026-12-02");
        let stockholm = Clock::fixed(at, TimeZone::fixed(jiff::tz::offset(1)));
        assert_eq!(stockholm.today().to_string(), "2026-12-03");
        assert_eq!(stockholm.zoned(at).strftime("%H:%M").to_string(), "00:30");
    }
}
