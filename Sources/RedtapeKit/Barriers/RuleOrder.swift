/// The distinct rules of some findings, by id, in the order first met.
///
/// A catalog's million findings come from a few dozen rules, one object each in the catalogue or a
/// ruleset: a rule is looked up by its id only the first time its object is met.
struct RuleOrder {
    private(set) var rules: [Rule] = []
    private var positionByObject: [ObjectIdentifier: Int] = [:]
    private var positionByID: [String: Int] = [:]
    /// Every object met, held so that none of their identities can be reused while they are known.
    private var met: [Rule] = []

    /// The rule's position among the rules met so far, by its id; a rule not met before is added last.
    mutating func position(of rule: Rule) -> Int {
        if let known = positionByObject[ObjectIdentifier(rule)] { return known }
        let position = positionByID[rule.declared.id] ?? rules.count
        if position == rules.count {
            rules.append(rule)
            positionByID[rule.declared.id] = position
        }
        met.append(rule)
        positionByObject[ObjectIdentifier(rule)] = position
        return position
    }
}
