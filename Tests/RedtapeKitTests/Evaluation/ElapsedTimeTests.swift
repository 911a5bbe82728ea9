import Foundation
import Testing
@testable import RedtapeKit

@Suite("Elapsed time on the working-day calendar")
struct ElapsedTimeTests {
    /// a (3 workdays) → b (2) and c (5) in parallel → d (1): the critical path is a → c → d, 9 working days.
    @Test("the longest chain of dependencies decides, parallel steps overlap")
    func criticalPath() throws {
        let body = """
              cases 1 per year
              channel online
              limit 10 workdays
              step a "A" {
                within 3 workdays
              }
              step b "B" {
                within 2 workdays
                after a
              }
              step c "C" {
                within 5 workdays
                after a
              }
              step d "D" {
                within 1 workdays
                after b, c
              }
            """
        let a = try Assess.procedure(Assess.ruleset(procedure: body))
        #expect(a.elapsed.workdays.likely == 9)
        #expect(a.elapsed.criticalPath == ["a", "c", "d"])
        #expect(a.elapsed.statutoryWorkdays?.likely == 10)
        #expect(!a.elapsed.exceedsLimit)
    }

    /// A step of 5 working days. The procedure's limit is 10 working days, online's own 3: the shortest
    /// a case is promised, 3, is what the 5 days exceed. Without an online channel, its limit concerns
    /// no case, and the 10 days hold.
    @Test("a channel's own limit holds the elapsed time to the shortest limit any case is promised")
    func limitByChannel() throws {
        func body(_ channels: String) -> String {
            channels + "\n  cases 1 per year\n  limit 10 workdays\n  limit 3 workdays online\n  step a \"A\" {\n    within 5 workdays\n  }"
        }
        let both = try Assess.procedure(Assess.ruleset(procedure: body("  channel in_person 50%\n  channel online 50%")))
        #expect(both.elapsed.workdays.likely == 5)
        #expect(both.elapsed.statutoryWorkdays?.likely == 3)
        #expect(both.elapsed.exceedsLimit)
        let (catalog, _) = try Assess.catalog(Assess.ruleset(procedure: body("  channel in_person")))
        let inPerson = try #require(catalog.procedures.first)
        #expect(inPerson.elapsed.statutoryWorkdays?.likely == 10)
        #expect(!inPerson.elapsed.exceedsLimit)
    }

    /// `LimitsByChannel`: online's cases take 1 + 4 = 5 days against their own limit of 5, those filed
    /// in person 1 + 7 = 8 against the procedure's 8. Neither exceeds its limit, though the longest
    /// case (8) exceeds the shortest limit (5). With the online examination at 5 days, online's cases
    /// take 6 and exceed theirs.
    @Test("with limits by channel, each channel's cases are timed along the steps they go through")
    func elapsedByChannel() throws {
        func body(online: Int) -> String {
            "  cases 1 per year\n  channel online 60%\n  channel in_person 40%\n" + LimitsByChannel.facts(online: online)
        }
        let fits = try Assess.procedure(Assess.ruleset(procedure: body(online: 4)))
        #expect(fits.elapsed.workdays.likely == 8)
        #expect(fits.elapsed.channels.map(\.channel) == [.online, .inPerson])
        #expect(fits.elapsed.channels.map(\.workdays.likely) == [5, 8])
        // Online's cases end with 'post', though 'collect', which they do not go through, sorts first.
        #expect(fits.elapsed.channels.map(\.criticalPath) == [["file", "online", "post"], ["file", "paper", "collect"]])
        #expect(fits.elapsed.channels.map { $0.statutoryWorkdays?.likely } == [5, 8])
        #expect(fits.elapsed.statutoryWorkdays?.likely == 8)
        #expect(!fits.elapsed.exceedsLimit)
        let (_, workspace) = try Assess.catalog(Assess.ruleset(procedure: body(online: 5)))
        let ruleset = try #require(workspace.rootRulesets.first)
        let late = Assessor(context: AssessmentContext(for: ruleset, in: workspace)).assess(try #require(ruleset.procedures.first))
        #expect(late.elapsed.channels.map(\.workdays.likely) == [6, 8])
        #expect(late.elapsed.exceedsLimit)
        // Lines 13 and 14 of the test ruleset: the limit, then online's own.
        let trace = Explanation(late, workspace: workspace, ruleset: ruleset).text()
        #expect(trace.contains("""
              filed online: 6 workdays (file → online → post), statutory limit 5 workdays    line 14  — the steps take longer than the limit
              filed in person: 8 workdays (file → paper → collect), statutory limit 8 workdays    line 13

            """))
    }

    /// From Thursday 2 January 2025 (no effective date): 10 calendar days end on Sunday 12 January,
    /// moved to Monday 13, 7 working days (3, 6–10, 13); 15 end on Friday 17, 11 working days. A step
    /// of 8 workdays keeps online's cases over their 7 and the others within their 11; each channel's
    /// limit is shown as written and as the working days it counts as.
    @Test("a channel's limit in calendar days is shown with the working days it counts as")
    func channelLimitInCalendarDays() throws {
        let body = "  cases 1 per year\n  channel online 50%\n  channel in_person 50%\n  limit 15 days\n  limit 10 days online\n"
            + "  step examine \"Examine\" {\n    within 8 workdays\n  }"
        let (_, workspace) = try Assess.catalog(Assess.ruleset(procedure: body))
        let ruleset = try #require(workspace.rootRulesets.first)
        let assessment = Assessor(context: AssessmentContext(for: ruleset, in: workspace)).assess(try #require(ruleset.procedures.first))
        #expect(assessment.elapsed.channels.map { $0.statutoryWorkdays?.likely } == [7, 11])
        let trace = Explanation(assessment, workspace: workspace, ruleset: ruleset).text()
        #expect(trace.contains("  filed online: 8 workdays (examine), statutory limit 10 days = 7 workdays    line 14  — the steps take longer than the limit\n"))
        #expect(trace.contains("  filed in person: 8 workdays (examine), statutory limit 15 days = 11 workdays    line 13\n"))
    }

    /// Effective Monday 2025-09-01; Tuesday 2 September (National Day) is a holiday.
    /// 3 working days: Wed 3, Thu 4, Fri 5 September.
    /// 15 calendar days from 1 September end on Tuesday 16 September; the working days after Monday 1
    /// up to 16 September are 3, 4, 5, 8–12, 15, 16 = 10.
    /// The chain of the test above written last step first: d (1) after b (2) and c (5), both after
    /// a (3). The steps are laid out in the order of their dependencies, not the order written: still
    /// 9 working days along a → c → d.
    @Test("steps written before the steps they come after are laid out after them")
    func writtenOutOfOrder() throws {
        let body = """
              cases 1 per year
              channel online
              step d "D" {
                within 1 workdays
                after b, c
              }
              step c "C" {
                within 5 workdays
                after a
              }
              step b "B" {
                within 2 workdays
                after a
              }
              step a "A" {
                within 3 workdays
              }
            """
        let a = try Assess.procedure(Assess.ruleset(procedure: body))
        #expect(a.elapsed.workdays.likely == 9)
        #expect(a.elapsed.criticalPath == ["a", "c", "d"])
        #expect(a.elapsed.schedule.map(\.finish) == [9, 8, 5, 3])
    }

    /// a (2..4 workdays, likely 3) → b (1..3, likely 2), and c (5) beside them. Low: a → b takes 3, c
    /// 5: 5. Likely: a → b takes 5, as c does; of the two that finish last, b sorts first, so the path
    /// is a → b. High: a → b takes 7.
    @Test("each bound is laid out with the limits at that bound")
    func rangedLimitsPerBound() throws {
        let body = """
              cases 1 per year
              channel online
              step a "A" {
                within 2..4 workdays
              }
              step b "B" {
                within 1..3 workdays
                after a
              }
              step c "C" {
                within 5 workdays
              }
            """
        let a = try Assess.procedure(Assess.ruleset(procedure: body))
        #expect(a.elapsed.workdays == Figure(low: 5, likely: 5, high: 7))
        #expect(a.elapsed.criticalPath == ["a", "b"])
        #expect(a.elapsed.schedule.map(\.start) == [0, 3, 0])
        #expect(a.elapsed.schedule.map(\.finish) == [3, 5, 5])
    }

    @Test("weekends and holidays are skipped; calendar-day limits are converted on the same calendar")
    func calendar() throws {
        let body = """
              cases 1 per year
              channel online
              limit 15 days
              step a "A" {
                within 3 workdays
              }
              step b "B" {
                within 15 days
              }
            """
        let header = "  effective 2025-09-01\n  holiday 2025-09-02"
        let a = try Assess.procedure(Assess.ruleset(header: header, procedure: body))
        #expect(a.elapsed.statutoryWorkdays?.likely == 10)
        #expect(a.elapsed.workdays.likely == 10)
        #expect(a.elapsed.criticalPath == ["b"])
    }

    /// Step limits of 4 + 5 working days against a statutory 7: the note and the flag say so.
    @Test("step limits that add up to more than the statutory limit are flagged")
    func exceedsLimit() throws {
        let body = """
              cases 1 per year
              channel online
              limit 7 workdays
              step a "A" {
                within 4 workdays
              }
              step b "B" {
                within 5 workdays
                after a
              }
            """
        let a = try Assess.procedure(Assess.ruleset(procedure: body))
        #expect(a.elapsed.workdays.likely == 9)
        #expect(a.elapsed.exceedsLimit)
        #expect(a.notes.contains(.limitsExceedStatutory))
    }

    /// A ranged limit 2..4 workdays gives elapsed 2 – 3 – 4.
    @Test("ranged time limits give a ranged elapsed time")
    func rangedLimits() throws {
        let body = "  cases 1 per year\n  channel online\n  step a \"A\" {\n    within 2..4 workdays\n  }"
        let a = try Assess.procedure(Assess.ruleset(procedure: body))
        #expect([a.elapsed.workdays.low, a.elapsed.workdays.likely, a.elapsed.workdays.high] == [2, 3, 4])
    }

    @Test("the working-day calendar counts across a weekend")
    func workingCalendar() throws {
        let calendar = WorkingCalendar(holidays: [])
        let friday = try #require(CalendarDate("2025-09-05")).dayNumber
        #expect(calendar.adding(workingDays: 1, to: friday) == friday + 3)
        #expect(calendar.workingDays(from: friday, to: friday + 3) == 1)
        // 1 calendar day from Friday ends Saturday, which rolls to Monday.
        #expect(calendar.adding(calendarDays: 1, to: friday) == friday + 3)
    }

    /// The calendar counts by weeks and searches its holidays; counting day by day, as a person would,
    /// gives the same days, for random holidays (weekends and repeats among them) and days either
    /// side of 1970.
    @Test("the working-day calendar agrees with counting day by day", arguments: Array(UInt64(1)...12))
    func calendarAgreesWithCounting(_ seed: UInt64) {
        var random = SeededRandom(seed: seed)
        func day() -> Int { Int(random.next() % 2_000) - 1_000 }
        let holidays = (0..<Int(random.next() % 40)).map { _ in day() }
        let calendar = WorkingCalendar(holidays: holidays.map(Self.date))
        let holidaySet = Set(holidays)
        func working(_ day: Int) -> Bool { ((day + 3) % 7 + 7) % 7 < 5 && !holidaySet.contains(day) }
        for _ in 0..<300 {
            let start = day()
            let count = Int(random.next() % 60)
            var end = start
            var left = count
            while left > 0 {
                end += 1
                if working(end) { left -= 1 }
            }
            #expect(calendar.adding(workingDays: count, to: start) == end)
            let other = start + Int(random.next() % 120) - 20
            let counted = other > start ? ((start + 1)...other).filter(working).count : 0
            #expect(calendar.workingDays(from: start, to: other) == counted)
            #expect(calendar.isWorkingDay(start) == working(start))
        }
    }

    /// The date of a day number (days since 1970-01-01), by the civil calendar's eras of 400 years.
    static func date(_ dayNumber: Int) -> CalendarDate {
        let z = dayNumber + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1_460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let shiftedMonth = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * shiftedMonth + 2) / 5 + 1
        let month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        let text = String(format: "%04d-%02d-%02d", year, month, day)
        let date = CalendarDate(text)!
        precondition(date.dayNumber == dayNumber, "\(text) is not day \(dayNumber)")
        return date
    }
}
