/// Every diagnostic redtape can report, with a stable code.
///
/// The codes never change meaning once published: scripts and suppressions rely on them.
/// docs/LANGUAGE.md lists each with its meaning; a test keeps the two in step.
public enum DiagnosticCode: String, CaseIterable, Sendable {
    // MARK: Reading the file
    case binaryFile = "E001"
    case invalidEncoding = "E002"
    case unreadableFile = "E003"
    case emptyFile = "W004"

    // MARK: Tokens
    case unexpectedCharacter = "E010"
    case unterminatedString = "E011"
    case invalidEscape = "E012"
    case invalidNumber = "E013"
    case invalidDate = "E014"
    case decimalPointAmbiguity = "W015"

    // MARK: Syntax
    case expectedKeyword = "E020"
    case expectedEndOfLine = "E021"
    case expectedValue = "E022"
    case expectedName = "E023"
    case expectedToken = "E024"
    case unclosedBlock = "E026"
    case unexpectedClosingBrace = "E027"
    case nestingTooDeep = "E028"

    // MARK: Structure
    case unknownKeyword = "E030"
    case misplacedKeyword = "E031"
    case wrongArguments = "E032"
    case unexpectedBlock = "E033"
    case missingBlock = "E034"
    case duplicateFact = "E035"
    case missingFact = "E036"
    case missingRecommendedFact = "W037"
    case segmentWithoutEffect = "W038"
    case repeatedName = "W039"

    // MARK: Names
    case duplicateDefinition = "E040"
    case unknownReference = "E041"
    case wrongKindOfReference = "E042"

    // MARK: Values and units
    case unknownUnit = "E050"
    case unitMismatch = "E051"
    case mixedCurrencies = "E052"
    case outOfRange = "E053"
    case invalidRange = "E054"
    case invalidOperation = "E055"
    case sharesDoNotAddUp = "E056"
    case undeclaredCurrency = "E057"
    case invalidChoice = "E058"
    case assumptionCycle = "E059"

    // MARK: Steps
    case dependencyCycle = "E060"
    case selfDependency = "E061"
    case channelNotOffered = "W062"
    case visitsForNoCase = "W063"
    case applicantFactsOnAgencyStep = "W064"
    case unusedAssumption = "W065"
    case outsideLimitWithoutTime = "W066"
    case rulesForNoProcedure = "W067"
    case applicantDaysCounted = "W068"
    case renewedBeforeExpiry = "W069"

    // MARK: Imports
    case importNotFound = "E070"
    case importCycle = "E071"
    case importOutsideProject = "E072"
    case importNotRuleset = "E073"

    // MARK: Rules
    case unknownField = "E080"
    case conditionType = "E081"
    case unknownRule = "W082"

    public var severity: Diagnostic.Severity { rawValue.hasPrefix("W") ? .warning : .error }
}
