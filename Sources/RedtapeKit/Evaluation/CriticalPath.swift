import Foundation

/// Elapsed time: the longest chain of step time limits through the `after` dependencies, laid on
/// the working-day calendar, and the statutory limit on the same calendar.
///
/// A procedure has a handful of steps, and a catalog a hundred thousand procedures: the schedule is
/// worked out in one buffer of positions on the stack, not a dozen small arrays a procedure, which
/// cost more to make and free than the schedule does to work out.
struct CriticalPath {
    let procedure: Procedure
    let calendar: WorkingCalendar
    let start: Int

    /// The working buffer, cut into runs of positions and days.
    private struct Scratch {
        /// Where each step's dependencies start in `dependencies`; one more than the steps.
        let firsts: UnsafeMutableBufferPointer<Int>
        /// The positions of the steps each step comes after, step by step.
        let dependencies: UnsafeMutableBufferPointer<Int>
        /// The steps in an order where each comes after the steps it depends on.
        let order: UnsafeMutableBufferPointer<Int>
        let begins: UnsafeMutableBufferPointer<Int>
        let finishes: UnsafeMutableBufferPointer<Int>
        /// The dependency that finished last, for each step; -1 for none.
        let predecessors: UnsafeMutableBufferPointer<Int>
        /// Finishes at another bound than the likely one, when the limits are ranges.
        let otherFinishes: UnsafeMutableBufferPointer<Int>
        /// Whether a step is scheduled yet, and for the order, its round.
        let marks: UnsafeMutableBufferPointer<Int>

        func dependencies(of step: Int) -> UnsafeMutableBufferPointer<Int>.SubSequence {
            dependencies[firsts[step]..<firsts[step + 1]]
        }
    }

    func elapsed() -> Elapsed {
        let steps = procedure.steps
        let count = steps.count
        let edges = steps.reduce(0) { $0 + $1.after.count }
        return withUnsafeTemporaryAllocation(of: Int.self, capacity: 7 * count + 1 + edges) { buffer in
            func run(_ offset: Int, _ length: Int) -> UnsafeMutableBufferPointer<Int> {
                UnsafeMutableBufferPointer(rebasing: buffer[offset..<offset + length])
            }
            let scratch = Scratch(firsts: run(0, count + 1), dependencies: run(count + 1, edges),
                                  order: run(count + 1 + edges, count), begins: run(2 * count + 1 + edges, count),
                                  finishes: run(3 * count + 1 + edges, count), predecessors: run(4 * count + 1 + edges, count),
                                  otherFinishes: run(5 * count + 1 + edges, count), marks: run(6 * count + 1 + edges, count))
            return elapsed(scratch)
        }
    }

    private func elapsed(_ scratch: Scratch) -> Elapsed {
        let steps = procedure.steps
        findDependencies(scratch)
        order(scratch)
        schedule(scratch, .likely, finishes: scratch.finishes, recording: true)
        let likely = last(scratch, scratch.finishes)
        var workdays = Figure.zero
        workdays[.likely] = Exact(calendar.workingDays(from: start, to: likely.map { scratch.finishes[$0] } ?? start))
        // With every step's limit a single value, the three bounds share one schedule.
        let ranged = steps.contains { !($0.within?.value.isPoint ?? true) }
        for bound in [Bound.low, .high] {
            var end = likely.map { scratch.finishes[$0] } ?? start
            if ranged {
                schedule(scratch, bound, finishes: scratch.otherFinishes, recording: false)
                end = last(scratch, scratch.otherFinishes).map { scratch.otherFinishes[$0] } ?? start
            }
            workdays[bound] = Exact(calendar.workingDays(from: start, to: end))
        }
        let schedule = steps.indices.map { index in
            ScheduledStep(step: steps[index].declared.id,
                          start: calendar.workingDays(from: start, to: scratch.begins[index]),
                          finish: calendar.workingDays(from: start, to: scratch.finishes[index]))
        }
        let path = criticalPath(endingAt: likely, scratch)
        // Worked out after the procedure's own schedule and path, whose buffers they reuse.
        let stopsClock = steps.contains(where: \.stopsClock)
        let counted = stopsClock ? self.workdays(scratch, of: nil, counting: true) : workdays
        let channels = procedure.channelLimits.isEmpty ? [] : byChannel(scratch, stopsClock: stopsClock)
        return Elapsed(workdays: workdays, countedWorkdays: counted, byShare: byShare(scratch, workdays: workdays, stopsClock: stopsClock),
                       criticalPath: path, statutoryWorkdays: statutory(channels), schedule: schedule, channels: channels)
    }

    /// The working days of all cases or a channel's on another schedule: that the statutory limit counts
    /// (`counting`), where the steps outside the limit take none, as the clock stops while they run; or
    /// that of the cases that go through one of the steps a share of the cases take (`group`, a step's
    /// position) or none of them (`group` -1), where the others take none.
    private func workdays(_ scratch: Scratch, of channel: Channel?, counting: Bool = false, group: Int? = nil) -> Figure {
        let finishes = scratch.otherFinishes
        return Figure.each { bound in
            schedule(scratch, bound, finishes: finishes, recording: false, channel: channel, counting: counting, group: group)
            let lastStep = channel.map { last(scratch, finishes, of: $0) } ?? last(scratch, finishes)
            return Exact(calendar.workingDays(from: start, to: lastStep.map { finishes[$0] } ?? start))
        }
    }

    /// Where steps only a share of the cases take have days of their own, the time of the cases that go
    /// through each of them alone, and of those that go through none (when the shares leave any: shares
    /// that make all the cases may be alternatives, an inspection first for 15% and a quick refund for
    /// 85%); none when every such group takes the elapsed time.
    private func byShare(_ scratch: Scratch, workdays: Figure, stopsClock: Bool) -> [ShareElapsed] {
        let steps = procedure.steps
        let some = steps.indices.filter { steps[$0].takesDaysOfSome }
        guard !some.isEmpty else { return [] }
        let total = some.reduce(Exact.zero) { $0 + (steps[$1].applies?.value.likely ?? 0) }
        let groups = some + (total < 1 ? [-1] : [])
        let timed = groups.map { group in
            let days = self.workdays(scratch, of: nil, group: group)
            return ShareElapsed(step: group < 0 ? nil : steps[group].declared.id,
                                share: group < 0 ? 1 - total : steps[group].applies?.value.likely ?? 1, workdays: days,
                                countedWorkdays: stopsClock ? self.workdays(scratch, of: nil, counting: true, group: group) : days)
        }
        return timed.contains { $0.workdays.likely < workdays.likely } ? timed : []
    }

    /// Where the law gives a channel a limit of its own, the time the cases filed on each channel take
    /// and the limit they are promised: a step that `applies` to other channels' cases takes none of
    /// theirs, though the steps after it still wait for what it comes after.
    private func byChannel(_ scratch: Scratch, stopsClock: Bool) -> [ChannelElapsed] {
        let finishes = scratch.otherFinishes
        return procedure.channels.map { share in
            var workdays = Figure.zero
            var path: [String] = []
            for bound in [Bound.likely, .low, .high] {
                schedule(scratch, bound, finishes: finishes, recording: bound == .likely, channel: share.channel)
                let lastStep = last(scratch, finishes, of: share.channel)
                workdays[bound] = Exact(calendar.workingDays(from: start, to: lastStep.map { finishes[$0] } ?? start))
                if bound == .likely { path = criticalPath(endingAt: lastStep, scratch, of: share.channel) }
            }
            let limit = procedure.channelLimits.first { $0.channel == share.channel }?.limit ?? procedure.limit
            return ChannelElapsed(channel: share.channel, workdays: workdays,
                                  countedWorkdays: stopsClock ? self.workdays(scratch, of: share.channel, counting: true) : workdays,
                                  criticalPath: path, statutoryWorkdays: limit.map(statutoryWorkdays))
        }
    }

    /// The steps from the first to `step` along the dependencies that finished last, as the likely
    /// schedule recorded them; for a channel's cases, less the steps they do not go through.
    private func criticalPath(endingAt step: Int?, _ scratch: Scratch, of channel: Channel? = nil) -> [String] {
        let steps = procedure.steps
        var path: [String] = []
        path.reserveCapacity(steps.count)
        var current = step ?? -1
        while current >= 0 {
            if channel.map(steps[current].concerns) ?? true { path.append(steps[current].declared.id) }
            current = scratch.predecessors[current]
        }
        path.reverse()
        return path
    }

    /// The step that finishes last; of several, the one whose id sorts first.
    private func last(_ scratch: Scratch, _ finishes: UnsafeMutableBufferPointer<Int>) -> Int? {
        let steps = procedure.steps
        return scratch.order.max { (finishes[$0], steps[$1].declared.id) < (finishes[$1], steps[$0].declared.id) }
    }

    /// Of the steps a channel's cases go through, the one that finishes last; of several, the one laid
    /// out last, which comes after the others or beside them (a result posted the day it is ready).
    /// A step these cases do not go through ends where it begins, after one they do.
    private func last(_ scratch: Scratch, _ finishes: UnsafeMutableBufferPointer<Int>, of channel: Channel) -> Int? {
        var latest: Int?
        for step in scratch.order where procedure.steps[step].concerns(channel) {
            if latest.map({ finishes[step] >= finishes[$0] }) ?? true { latest = step }
        }
        return latest
    }

    /// For each step, the positions of the steps it comes after. A procedure has a handful of steps,
    /// so positions are found by looking, not by hashing names.
    private func findDependencies(_ scratch: Scratch) {
        let steps = procedure.steps
        var next = 0
        for index in steps.indices {
            scratch.firsts[index] = next
            for dependency in steps[index].after where dependency.name != steps[index].declared.id {
                if let position = steps.firstIndex(where: { $0.declared.id == dependency.name }) {
                    scratch.dependencies[next] = position
                    next += 1
                }
            }
        }
        scratch.firsts[steps.count] = next
    }

    /// The day each step starts and finishes at a bound, each step's start being the last finish of
    /// the steps it comes after (and, when recording, which of them that was). Only the steps a
    /// channel's cases go through take time on its schedule; when counting the statutory limit's days,
    /// only those inside the limit; and for a group of cases by the steps a share of the cases take, of
    /// those steps only its own (see `byShare`).
    private func schedule(_ scratch: Scratch, _ bound: Bound, finishes: UnsafeMutableBufferPointer<Int>, recording: Bool,
                          channel: Channel? = nil, counting: Bool = false, group: Int? = nil) {
        let steps = procedure.steps
        let done = scratch.marks
        for index in steps.indices {
            finishes[index] = start
            done[index] = 0
            if recording { scratch.predecessors[index] = -1 }
        }
        for index in scratch.order {
            var begin = start
            var predecessor = -1
            for dependency in scratch.dependencies(of: index) where done[dependency] != 0 {
                let end = finishes[dependency]
                if end > begin || predecessor < 0 && end >= begin {
                    begin = end
                    predecessor = dependency
                }
            }
            if recording {
                scratch.begins[index] = begin
                scratch.predecessors[index] = predecessor
            }
            let takesTime = (channel.map(steps[index].concerns) ?? true) && !(counting && steps[index].outsideLimit)
                && (group == nil || group == index || !steps[index].takesDaysOfSome)
            finishes[index] = takesTime ? end(of: steps[index].within, from: begin, bound) : begin
            done[index] = 1
        }
    }

    private func end(of limit: Amount?, from day: Int, _ bound: Bound) -> Int {
        guard let limit else { return day }
        let count = limit.value[bound].ceilingInt
        return limit.value.unit == .days ? calendar.adding(calendarDays: count, to: day)
            : calendar.adding(workingDays: count, to: day)
    }

    /// A limit on the working-day calendar.
    private func statutoryWorkdays(_ limit: Amount) -> Figure {
        Figure.each { Exact(calendar.workingDays(from: start, to: end(of: limit, from: start, $0))) }
    }

    /// The statutory limit shown beside the elapsed time: the procedure's, or, where some channels have
    /// limits of their own, that of the channel whose cases take longest (of several, the shortest of
    /// their limits), which each channel's own time is held to as well.
    private func statutory(_ channels: [ChannelElapsed]) -> Figure? {
        guard !channels.isEmpty else { return procedure.limit.map(statutoryWorkdays) }
        let longest = channels.map(\.workdays.likely).max()
        return channels.filter { $0.workdays.likely == longest }.compactMap(\.statutoryWorkdays)
            .min { $0.likely < $1.likely }
    }

    /// Step positions in an order where every step comes after the steps it depends on: the order
    /// written when that is the order found round by round (steps with no dependency first, then
    /// those after them only, and so on), as most procedures are written; otherwise found so.
    private func order(_ scratch: Scratch) {
        let steps = procedure.steps
        if writtenOrderHolds(scratch) {
            for index in steps.indices { scratch.order[index] = index }
            return
        }
        // A dependency on a name that is no step is never met, as a cycle is not.
        let unmet = steps.indices.map { index in
            steps[index].after.contains { dependency in
                dependency.name != steps[index].declared.id && !steps.contains { $0.declared.id == dependency.name }
            }
        }
        let placed = scratch.marks
        for index in steps.indices { placed[index] = 0 }
        var count = 0
        while count < steps.count {
            let ready = steps.indices.filter { index in
                placed[index] == 0 && !unmet[index] && scratch.dependencies(of: index).allSatisfy { placed[$0] != 0 }
            }
            // A cycle cannot pass the checker; should one reach here, the rest keep their written order.
            let next = ready.isEmpty ? steps.indices.filter { placed[$0] == 0 } : ready
            for index in next {
                placed[index] = 1
                scratch.order[count] = index
                count += 1
            }
        }
    }

    /// Whether each step depends only on steps written before it, and none stands a round earlier
    /// than a step written before it.
    private func writtenOrderHolds(_ scratch: Scratch) -> Bool {
        let steps = procedure.steps
        let rounds = scratch.marks
        var previous = 0
        for index in steps.indices {
            // A dependency that names no step leaves it out of `dependencies`, and is never met.
            let named = steps[index].after.count { $0.name != steps[index].declared.id }
            let dependencies = scratch.dependencies(of: index)
            guard dependencies.count == named else { return false }
            var round = 0
            for dependency in dependencies {
                guard dependency < index else { return false }
                round = max(round, rounds[dependency] + 1)
            }
            if index > 0, round < previous { return false }
            rounds[index] = round
            previous = round
        }
        return true
    }
}

