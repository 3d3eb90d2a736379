using System.Runtime.CompilerServices;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace AiRace.Analyzers;

/// <summary>
/// AIR0012: reports a goal year before the baseline year in a call of an AiRace.Core constructor or method with
/// <c>baselineYear</c> and <c>goalYear</c> parameters (the <c>Target</c> constructor takes <c>int? baselineYear</c> and
/// <c>int goalYear</c>), when both years are known at compile time (constants, locals and readonly fields holding one,
/// and sums and differences of those) and are years Target takes (1 to 9999).
/// </summary>
internal sealed class TargetYearBeforeBaselineRule : Rule, ICallRule
{
    private const int MaxDepth = 8;

    public TargetYearBeforeBaselineRule()
        : base(Descriptors.TargetYearBeforeBaseline)
    {
    }

    /// <inheritdoc/>
    public override ImmutableArray<ApiName> ReliesOn { get; } = ApiName.Join(
        ApiName.Of("AiRace.Core.Policy.Target", ".ctor", "BaselineYear", "GoalYear"));

    /// <summary>Only calls of AiRace.Core methods and constructors with a baseline and a goal year can be reported, and
    /// calls of the code's own methods that may pass their year parameters on to one (<see cref="YearForwarding"/>).</summary>
    public bool MayConcern(IMethodSymbol method, KnownTypes types) =>
        HasYearParameterNames(method) && KnownTypes.IsInCoreNamespace(method.ContainingType) || YearForwarding.MayForward(method) || BuilderYears.MayBuild(method);

    /// <summary>Whether a method or constructor has parameters named <c>baselineYear</c> and <c>goalYear</c>.</summary>
    private static bool HasYearParameterNames(IMethodSymbol method)
    {
        bool baseline = false;
        bool goal = false;
        foreach (var parameter in (method.ReducedFrom ?? method).Parameters)
        {
            baseline |= parameter.Name == "baselineYear";
            goal |= parameter.Name == "goalYear";
        }

        return baseline && goal;
    }

    [MethodImpl(Hot.Path)]
    private static bool HasYearParameters(ImmutableArray<IArgumentOperation> arguments)
    {
        // the arguments (one per parameter, defaults included) name their parameters without the allocation that
        // IMethodSymbol.Parameters makes on every call
        if (arguments.Length < 2)
        {
            return false;
        }

        bool baseline = false;
        bool goal = false;
        foreach (var argument in arguments)
        {
            string? name = argument.Parameter?.Name;
            baseline |= name == "baselineYear";
            goal |= name == "goalYear";
        }

        return baseline && goal;
    }

    [MethodImpl(Hot.Path)]
    public void AnalyzeCall(in RuleContext context, IOperation call, IMethodSymbol? method, ImmutableArray<IArgumentOperation> arguments)
    {
        var members = context.Facts.Members;
        if (method is not null && !KnownTypes.IsInCoreNamespace(method.ContainingType))
        {
            // the method filter lets through only the code's own methods that may pass years on
            AnalyzeForwardingCall(context, method, arguments);
            BuilderYears.Analyze(context, call, method);
            return;
        }

        if (!HasYearParameters(arguments) || method is null || !KnownTypes.IsInCoreNamespace(method.ContainingType))
        {
            return;
        }

        var baseline = arguments.ArgumentFor("baselineYear");
        var goal = arguments.ArgumentFor("goalYear");
        if (baseline?.Parameter is not { } baselineParameter || goal?.Parameter is not { } goalParameter
            || !IsYear(baselineParameter.Type) || !IsYear(goalParameter.Type))
        {
            return;
        }

        if (Year(baseline.Value, members, 0, context.CancellationToken) is int baselineYear
            && Year(goal.Value, members, 0, context.CancellationToken) is int goalYear
            && goalYear < baselineYear && IsTargetYear(baselineYear) && IsTargetYear(goalYear))
        {
            context.Report(Diagnostic.Create(Descriptors.TargetYearBeforeBaseline, goal.Value.Syntax.GetLocation(), goalYear, baselineYear));
        }
    }

    /// <summary>
    /// A call of a method of the code that passes its parameters on as the years of an AiRace.Core call
    /// (<c>ChipShare(2030, 2025)</c> with <c>Target ChipShare(int from, int to) =&gt; new Target(…, from, …, to, …)</c>):
    /// each pair of years the method passes on, read from this call's arguments, reported on the argument that gives the
    /// goal year (or the baseline year, when the goal is the method's own constant).
    /// </summary>
    private static void AnalyzeForwardingCall(in RuleContext context, IMethodSymbol method, ImmutableArray<IArgumentOperation> arguments)
    {
        var forwarding = context.Facts.YearForwards.Get(method.OriginalDefinition, context.CancellationToken);
        foreach (var (baselineSource, goalSource, _) in forwarding.Pairs)
        {
            if (YearOf(baselineSource, arguments, context.Facts.Members, context.CancellationToken) is (int baselineYear, var baselineArgument)
                && YearOf(goalSource, arguments, context.Facts.Members, context.CancellationToken) is (int goalYear, var goalArgument)
                && goalYear < baselineYear && IsTargetYear(baselineYear) && IsTargetYear(goalYear) && (Written(goalArgument) ?? Written(baselineArgument) ?? goalArgument ?? baselineArgument) is { } at)
            {
                context.Report(Diagnostic.Create(Descriptors.TargetYearBeforeBaseline, at.Value.Syntax.GetLocation(), goalYear, baselineYear));
            }
        }
    }

    /// <summary>An argument written at the call, or null for none or a parameter's default value (which the method gives
    /// itself, like its own constant, and whose syntax is the whole call).</summary>
    private static IArgumentOperation? Written(IArgumentOperation? argument) =>
        argument is { ArgumentKind: ArgumentKind.Explicit } ? argument : null;

    /// <summary>The year a forwarded source has at a call, and the argument that gives it (null for the method's own constant).</summary>
    private static (int Year, IArgumentOperation? Argument)? YearOf(YearSource source, ImmutableArray<IArgumentOperation> arguments, MemberValues members, System.Threading.CancellationToken cancellationToken)
    {
        if (source.Ordinal < 0)
        {
            return (source.Value, null);
        }

        foreach (var argument in arguments)
        {
            if (argument.Parameter?.Ordinal == source.Ordinal)
            {
                long year = Year(argument.Value, members, 0, cancellationToken) is int given ? (long)given + source.Value : long.MinValue;
                return year is >= int.MinValue + 1L and <= int.MaxValue ? ((int)year, argument) : null;
            }
        }

        return null;
    }

    /// <summary>
    /// Where a method of the code takes the years it passes to an AiRace.Core call with <c>baselineYear</c> and
    /// <c>goalYear</c>: a constant year, or one of its parameters, never assigned in its body, plus or minus a constant
    /// (<c>from</c>, <c>from + 5</c>, <c>5 + from</c>); null for any other value.
    /// </summary>
    internal static YearSource? SourceOf(IOperation? value, IMethodSymbol method, MemberValues members, System.Threading.CancellationToken cancellationToken)
    {
        if (Year(value, members, 0, cancellationToken) is int constant)
        {
            return new YearSource(-1, constant);
        }

        switch (value.SkipConversions())
        {
            case IParameterReferenceOperation { Parameter: { RefKind: RefKind.None } parameter }
                when SymbolEqualityComparer.Default.Equals(parameter.ContainingSymbol, method) && IsYear(parameter.Type):
                return new YearSource(parameter.Ordinal, 0);
            case IBinaryOperation { OperatorKind: BinaryOperatorKind.Add or BinaryOperatorKind.Subtract } binary
                when SourceOf(binary.LeftOperand, method, members, cancellationToken) is { Ordinal: >= 0 } left
                    && Year(binary.RightOperand, members, 0, cancellationToken) is int offset:
                long shifted = binary.OperatorKind == BinaryOperatorKind.Add ? (long)left.Value + offset : (long)left.Value - offset;
                return shifted is >= int.MinValue and <= int.MaxValue ? new YearSource(left.Ordinal, (int)shifted) : null;
            case IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } binary
                when Year(binary.LeftOperand, members, 0, cancellationToken) is int leftOffset
                    && SourceOf(binary.RightOperand, method, members, cancellationToken) is { Ordinal: >= 0 } right:
                long added = (long)leftOffset + right.Value;
                return added is >= int.MinValue and <= int.MaxValue ? new YearSource(right.Ordinal, (int)added) : null;
            default:
                return null;
        }
    }

    /// <summary>
    /// Whether a value is a year as <c>Target</c> takes one: 1 to 9999. Any other value fails Target's range check
    /// before its order is looked at, so a goal "before" the baseline is not what goes wrong.
    /// </summary>
    internal static bool IsTargetYear(int year) => year is >= 1 and <= 9999;

    /// <summary>Whether a parameter holds a year: <c>int</c> or <c>int?</c>.</summary>
    internal static bool IsYear(ITypeSymbol type) => KnownTypes.Unwrap(type).SpecialType == SpecialType.System_Int32;

    /// <summary>Whether a method or constructor takes parameters named <c>baselineYear</c> and <c>goalYear</c> of a type in
    /// AiRace.Core: the calls whose years a forwarding method passes on.</summary>
    internal static bool TakesYears(IMethodSymbol method) => HasYearParameterNames(method) && KnownTypes.IsInCoreNamespace(method.ContainingType);

    /// <summary>
    /// The year a value is known to be at compile time: a constant (also through the conversion to <c>int?</c>), a local
    /// or readonly field that only ever holds one, or the sum or difference of two such years; null otherwise.
    /// </summary>
    internal static int? Year(IOperation? value, MemberValues members, int depth, System.Threading.CancellationToken cancellationToken)
    {
        if (value is null || depth > MaxDepth)
        {
            return null;
        }

        // a constant int anywhere in the chain of conversions: 2030 converted to int?, and (int)2030L, whose operand is a long
        for (var converted = value; converted is not null; converted = (converted as IConversionOperation)?.Operand ?? (converted as IParenthesizedOperation)?.Operand)
        {
            if (converted.ConstantValue is { HasValue: true, Value: int constant })
            {
                return constant;
            }
        }

        value = value.SkipConversions();
        if (value is null)
        {
            return null;
        }

        switch (value)
        {
            case IBinaryOperation { OperatorKind: BinaryOperatorKind.Add or BinaryOperatorKind.Subtract } binary
                when Year(binary.LeftOperand, members, depth + 1, cancellationToken) is int left
                    && Year(binary.RightOperand, members, depth + 1, cancellationToken) is int right:
                long result = binary.OperatorKind == BinaryOperatorKind.Add ? (long)left + right : (long)left - right;
                return result is >= int.MinValue and <= int.MaxValue ? (int)result : null;
            case ILocalReferenceOperation:
            case IFieldReferenceOperation:
                return Year(ValueFlow.SingleValue(value, null, members, FlowMode.Exact, cancellationToken), members, depth + 1, cancellationToken);
            default:
                return null;
        }
    }
}
