import Foundation

/// Elapsed time: the longest chain of step time limits through the `after` dependencies, laid on
/// the working-day calendar, and the statutory limit on the same calendar.
struct CriticalPath {
    let procedure: Procedure
    let calendar: WorkingCalendar
    let start: Int

    func elapsed() -> Elapsed {
        let order = topologicalOrder()
        var workdays = Figure.zero
        var path: [String] = []
        var schedule: [ScheduledStep] = []
        // With every step's limit a single value, the three bounds share one schedule.
        let ranged = procedure.steps.contains { !($0.within?.value.isPoint ?? true) }
        let likely = finishDays(order, .likely)
        for bound in Bound.allCases {
            let (begin, finish, predecessor) = ranged && bound != .likely ? finishDays(order, bound) : likely
            let last = order.max { (finish[$0.declared.id] ?? start, $1.declared.id) < (finish[$1.declared.id] ?? start, $0.declared.id) }
            let end = last.flatMap { finish[$0.declared.id] } ?? start
            workdays[bound] = Exact(calendar.workingDays(from: start, to: end))
            if bound == .likely {
                schedule = procedure.steps.map { step in
                    ScheduledStep(step: step.declared.id,
                                  start: calendar.workingDays(from: start, to: begin[step.declared.id] ?? start),
                                  finish: calendar.workingDays(from: start, to: finish[step.declared.id] ?? start))
                }
            }
            if bound == .likely, let last {
                var current: String? = last.declared.id
                while let id = current {
                    path.insert(id, at: 0)
                    current = predecessor[id]
                }
            }
        }
        return Elapsed(workdays: workdays, criticalPath: path, statutoryWorkdays: statutory(), schedule: schedule)
    }

    /// The day each step starts and finishes, and for each step the dependency that finished last.
    private func finishDays(_ order: [Step], _ bound: Bound) -> ([String: Int], [String: Int], [String: String]) {
        var begins: [String: Int] = [:]
        var finish: [String: Int] = [:]
        var predecessor: [String: String] = [:]
        for step in order {
            var begin = start
            for dependency in step.after {
                if let end = finish[dependency.name], end > begin || predecessor[step.declared.id] == nil && end >= begin {
                    begin = end
                    predecessor[step.declared.id] = dependency.name
                }
            }
            begins[step.declared.id] = begin
            finish[step.declared.id] = end(of: step.within, from: begin, bound)
        }
        return (begins, finish, predecessor)
    }

    private func end(of limit: Amount?, from day: Int, _ bound: Bound) -> Int {
        guard let limit else { return day }
        let count = limit.value[bound].ceilingInt
        return limit.value.unit == .days ? calendar.adding(calendarDays: count, to: day)
            : calendar.adding(workingDays: count, to: day)
    }

    private func statutory() -> Figure? {
        guard let limit = procedure.limit else { return nil }
        return Figure.each { Exact(calendar.workingDays(from: start, to: end(of: limit, from: start, $0))) }
    }

    /// Steps in an order where every step comes after the steps it depends on (declaration order otherwise).
    private func topologicalOrder() -> [Step] {
        var placed: Set<String> = []
        var order: [Step] = []
        var remaining = procedure.steps
        while !remaining.isEmpty {
            let ready = remaining.filter { step in step.after.allSatisfy { placed.contains($0.name) || $0.name == step.declared.id } }
            // A cycle cannot pass the checker; should one reach here, the rest keep their written order.
            let next = ready.isEmpty ? remaining : ready
            for step in next { placed.insert(step.declared.id) }
            order += next
            remaining.removeAll { placed.contains($0.declared.id) }
        }
        return order
    }
}
