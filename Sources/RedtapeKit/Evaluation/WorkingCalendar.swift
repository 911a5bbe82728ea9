/// Counts working days: Monday to Friday, less the public holidays a ruleset lists.
///
/// Counted by arithmetic on weeks, and a binary search among the holidays, rather than day by day:
/// every step of every procedure of a catalog is laid on this calendar several times.
public struct WorkingCalendar: Sendable {
    /// The holidays that fall on a weekday, in order: the others take no working day away.
    private let weekdayHolidays: [Int]

    public init(holidays: [CalendarDate]) {
        weekdayHolidays = Set(holidays.map(\.dayNumber)).filter(Self.isWeekday).sorted()
    }

    public func isWorkingDay(_ day: Int) -> Bool {
        Self.isWeekday(day) && holidays(through: day) - holidays(through: day - 1) == 0
    }

    /// The first working day on or after `day`.
    public func workingDay(onOrAfter day: Int) -> Int {
        var current = day
        while !isWorkingDay(current) { current += 1 }
        return current
    }

    /// The day `count` working days after `day`.
    public func adding(workingDays count: Int, to day: Int) -> Int {
        guard count > 0 else { return day }
        var end = Self.adding(weekdays: count, to: day)
        // Each holiday passed on the way takes one working day back; the days added for them may pass more.
        var missing = holidays(through: end) - holidays(through: day)
        while missing > 0 {
            let from = end
            end = Self.adding(weekdays: missing, to: from)
            missing = holidays(through: end) - holidays(through: from)
        }
        return end
    }

    /// The day a limit of `count` calendar days ends: if it falls on a day off, the next working day
    /// (the rule of Vietnam's Civil Code 2015, Art. 148, and of most civil codes).
    public func adding(calendarDays count: Int, to day: Int) -> Int {
        workingDay(onOrAfter: day + count)
    }

    /// Working days after `start`, up to and including `end`.
    public func workingDays(from start: Int, to end: Int) -> Int {
        guard end > start else { return 0 }
        return Self.weekdays(through: end) - Self.weekdays(through: start)
            - (holidays(through: end) - holidays(through: start))
    }

    // MARK: - Weeks

    /// Day 0 (1970-01-01) was a Thursday: `day + 3` counts from a Monday.
    private static func fromMonday(_ day: Int) -> (weeks: Int, weekday: Int) {
        let shifted = day + 3
        let weeks = shifted >= 0 ? shifted / 7 : (shifted - 6) / 7
        return (weeks, shifted - weeks * 7)
    }

    private static func isWeekday(_ day: Int) -> Bool {
        fromMonday(day).weekday < 5
    }

    /// Weekdays up to and including `day`, counted from a fixed Monday: differences count a span.
    private static func weekdays(through day: Int) -> Int {
        let (weeks, weekday) = fromMonday(day)
        return 5 * weeks + min(weekday + 1, 5)
    }

    /// The day `count` (at least one) weekdays after `day`: the first day at which as many more
    /// weekdays have passed.
    private static func adding(weekdays count: Int, to day: Int) -> Int {
        let target = weekdays(through: day) + count - 1
        let weeks = target >= 0 ? target / 5 : (target - 4) / 5
        return 7 * weeks + (target - 5 * weeks) - 3
    }

    /// Weekday holidays up to and including `day`.
    private func holidays(through day: Int) -> Int {
        var low = 0
        var high = weekdayHolidays.count
        while low < high {
            let middle = (low + high) / 2
            if weekdayHolidays[middle] <= day { low = middle + 1 } else { high = middle }
        }
        return low
    }
}
