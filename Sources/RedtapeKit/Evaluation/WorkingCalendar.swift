/// Counts working days: Monday to Friday, less the public holidays a ruleset lists.
public struct WorkingCalendar: Sendable {
    public let holidays: Set<Int>

    public init(holidays: [CalendarDate]) {
        self.holidays = Set(holidays.map(\.dayNumber))
    }

    public func isWorkingDay(_ day: Int) -> Bool {
        let weekday = ((day + 3) % 7 + 7) % 7 + 1
        return weekday <= 5 && !holidays.contains(day)
    }

    /// The first working day on or after `day`.
    public func workingDay(onOrAfter day: Int) -> Int {
        var current = day
        while !isWorkingDay(current) { current += 1 }
        return current
    }

    /// The day `count` working days after `day`.
    public func adding(workingDays count: Int, to day: Int) -> Int {
        var current = day
        var left = count
        while left > 0 {
            current += 1
            if isWorkingDay(current) { left -= 1 }
        }
        return current
    }

    /// The day a limit of `count` calendar days ends: if it falls on a day off, the next working day
    /// (the rule of Vietnam's Civil Code 2015, Art. 148, and of most civil codes).
    public func adding(calendarDays count: Int, to day: Int) -> Int {
        workingDay(onOrAfter: day + count)
    }

    /// Working days after `start`, up to and including `end`.
    public func workingDays(from start: Int, to end: Int) -> Int {
        guard end > start else { return 0 }
        var count = 0
        for day in (start + 1)...end where isWorkingDay(day) { count += 1 }
        return count
    }
}
