import Foundation

/// Elapsed time: the longest chain of step time limits through the `after` dependencies, laid on
/// the working-day calendar, and the statutory limit on the same calendar.
struct CriticalPath {
    let procedure: Procedure
    let calendar: WorkingCalendar
    let start: Int

    func elapsed() -> Elapsed {
        let steps = procedure.steps
        let dependencies = dependencyIndices()
        let order = topologicalOrder(dependencies)
        var workdays = Figure.zero
        var path: [String] = []
        var schedule: [ScheduledStep] = []
        // With every step's limit a single value, the three bounds share one schedule.
        let ranged = steps.contains { !($0.within?.value.isPoint ?? true) }
        let likely = finishDays(order, dependencies, .likely)
        for bound in Bound.allCases {
            let (begin, finish, predecessor) = ranged && bound != .likely ? finishDays(order, dependencies, bound) : likely
            // The step that finishes last; of several, the one whose id sorts first.
            let last = order.max { (finish[$0], steps[$1].declared.id) < (finish[$1], steps[$0].declared.id) }
            let end = last.map { finish[$0] } ?? start
            workdays[bound] = Exact(calendar.workingDays(from: start, to: end))
            guard bound == .likely else { continue }
            schedule = steps.indices.map { index in
                ScheduledStep(step: steps[index].declared.id,
                              start: calendar.workingDays(from: start, to: begin[index]),
                              finish: calendar.workingDays(from: start, to: finish[index]))
            }
            var current = last
            while let index = current {
                path.insert(steps[index].declared.id, at: 0)
                current = predecessor[index]
            }
        }
        return Elapsed(workdays: workdays, criticalPath: path, statutoryWorkdays: statutory(), schedule: schedule)
    }

    /// For each step, the positions of the steps it comes after. A procedure has a handful of steps,
    /// so positions are found by looking, not by hashing names.
    private func dependencyIndices() -> [[Int]] {
        let steps = procedure.steps
        return steps.indices.map { index in
            steps[index].after.compactMap { dependency in
                dependency.name == steps[index].declared.id ? nil : steps.firstIndex { $0.declared.id == dependency.name }
            }
        }
    }

    /// The day each step starts and finishes, and for each step the dependency that finished last,
    /// by the step's position.
    private func finishDays(_ order: [Int], _ dependencies: [[Int]], _ bound: Bound) -> ([Int], [Int], [Int?]) {
        let steps = procedure.steps
        var begins = Array(repeating: start, count: steps.count)
        var finish = Array(repeating: start, count: steps.count)
        var done = Array(repeating: false, count: steps.count)
        var predecessor: [Int?] = Array(repeating: nil, count: steps.count)
        for index in order {
            var begin = start
            for dependency in dependencies[index] where done[dependency] {
                let end = finish[dependency]
                if end > begin || predecessor[index] == nil && end >= begin {
                    begin = end
                    predecessor[index] = dependency
                }
            }
            begins[index] = begin
            finish[index] = end(of: steps[index].within, from: begin, bound)
            done[index] = true
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

    /// Step positions in an order where every step comes after the steps it depends on (declaration
    /// order otherwise).
    private func topologicalOrder(_ dependencies: [[Int]]) -> [Int] {
        let steps = procedure.steps
        if let written = writtenOrder(dependencies) { return written }
        // A dependency on a name that is no step is never met, as a cycle is not.
        let unmet = steps.indices.map { index in
            steps[index].after.contains { dependency in
                dependency.name != steps[index].declared.id && !steps.contains { $0.declared.id == dependency.name }
            }
        }
        var placed = Array(repeating: false, count: steps.count)
        var order: [Int] = []
        var remaining = Array(steps.indices)
        while !remaining.isEmpty {
            let ready = remaining.filter { !unmet[$0] && dependencies[$0].allSatisfy { placed[$0] } }
            // A cycle cannot pass the checker; should one reach here, the rest keep their written order.
            let next = ready.isEmpty ? remaining : ready
            for index in next { placed[index] = true }
            order += next
            remaining.removeAll { placed[$0] }
        }
        return order
    }

    /// The steps in the order written, when that is the order `topologicalOrder` would give: each
    /// step depends only on steps written before it, and none stands a round earlier than a step
    /// written before it (steps with no dependency first, then those after them only, and so on).
    /// Most procedures are written so: a chain, or steps side by side after a first one.
    private func writtenOrder(_ dependencies: [[Int]]) -> [Int]? {
        let steps = procedure.steps
        var rounds: [Int] = []
        rounds.reserveCapacity(steps.count)
        for index in steps.indices {
            // A dependency that names no step leaves it out of `dependencies`, and is never met.
            let named = steps[index].after.count { $0.name != steps[index].declared.id }
            guard dependencies[index].count == named else { return nil }
            var round = 0
            for dependency in dependencies[index] {
                guard dependency < index else { return nil }
                round = max(round, rounds[dependency] + 1)
            }
            if let previous = rounds.last, round < previous { return nil }
            rounds.append(round)
        }
        return Array(steps.indices)
    }
}
