using System.Runtime.CompilerServices;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace AiRace.Analyzers;

/// <summary>
/// AIR0004: reports arithmetic or comparison between the <c>Amount</c>s of two Money values, read directly or through
/// <c>decimal</c> locals that hold them, and <c>Math.Max</c>/<c>Math.Min</c> (or <c>decimal.Max</c>/<c>Min</c>) of two amounts.
/// </summary>
internal sealed class UnitStrippingRule : Rule, IBinaryRule, ICallRule
{
    /// <summary>Diagnostic property present when both sides are plain <c>x.Amount</c> accesses, so the fix can apply.</summary>
    public const string FixableProperty = "Fixable";

    public UnitStrippingRule()
        : base(Descriptors.UnitStripping)
    {
    }

    /// <inheritdoc/>
    public override ImmutableArray<ApiName> ReliesOn { get; } = ApiName.Join(
        ApiName.Of(KnownTypes.MoneyName, "Amount"),
        ApiName.Of("System.Math", "Max", "Min"));

    /// <summary>Only <c>Math.Max</c>/<c>Min</c> and <c>decimal.Max</c>/<c>Min</c> of decimals can be reported.</summary>
    public bool MayConcern(IMethodSymbol method, KnownTypes types) =>
        method.IsStatic && method.Name is "Max" or "Min" && method.Parameters.Length == 2
        && method.Parameters[0].Type.SpecialType == SpecialType.System_Decimal
        && (method.IsOn(types.Math) || method.ContainingType.SpecialType == SpecialType.System_Decimal);

    [MethodImpl(Hot.Path)]
    public void AnalyzeCall(in RuleContext context, IOperation call, IMethodSymbol? method, ImmutableArray<IArgumentOperation> arguments)
    {
        var types = context.Types;
        if (method is null || arguments.Length != 2 || method.Name is not ("Max" or "Min") || KnownTypes.IsInside(context.ContainingSymbol, types.Money))
        {
            return;
        }

        if (Amount(context, arguments[0].Value, out _) is null || Amount(context, arguments[1].Value, out _) is null)
        {
            return;
        }

        Report(context, call, fixable: false);
    }
    [MethodImpl(Hot.Path)]
    public void AnalyzeBinary(in RuleContext context, IBinaryOperation binary)
    {
        var types = context.Types;
        if (binary.OperatorKind is not (BinaryOperatorKind.Add or BinaryOperatorKind.Subtract or BinaryOperatorKind.Divide
            or BinaryOperatorKind.Equals or BinaryOperatorKind.NotEquals or BinaryOperatorKind.LessThan or BinaryOperatorKind.LessThanOrEqual
            or BinaryOperatorKind.GreaterThan or BinaryOperatorKind.GreaterThanOrEqual))
        {
            return;
        }

        if (Amount(context, binary.LeftOperand, out bool leftPlain) is not { } left
            || Amount(context, binary.RightOperand, out bool rightPlain) is not { } right
            || KnownTypes.IsInside(context.ContainingSymbol, types.Money)
            || (binary.OperatorKind == BinaryOperatorKind.Divide && IsExchangeRate(context, left, right)))
        {
            return;
        }

        Report(context, binary, leftPlain && rightPlain && !binary.IsLifted);
    }

    /// <summary>
    /// Whether a quotient of two amounts is an exchange rate: the two Money values are known to be in different
    /// currencies (<c>yen.Amount / euros.Amount</c>, the yen a euro bought). Money's own division would throw there, so
    /// the bare amounts are the only way to it.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static bool IsExchangeRate(in RuleContext context, IPropertyReferenceOperation left, IPropertyReferenceOperation right)
    {
        var currencies = context.Facts.Currencies;
        return currencies.Resolve(left.Instance, FlowMode.Exact, context.CancellationToken) is { } numerator
            && currencies.Resolve(right.Instance, FlowMode.Exact, context.CancellationToken) is { } denominator
            && numerator != denominator;
    }

    /// <summary>
    /// The <c>Money.Amount</c> access an operand is, directly or as the value of a <c>decimal</c> local assigned once
    /// (<c>var a = x.Amount; … a + b</c>); only a direct access is <paramref name="plain"/> (the fix rewrites it).
    /// </summary>
    [MethodImpl(Hot.Path)]
    private static IPropertyReferenceOperation? Amount(in RuleContext context, IOperation operand, out bool plain)
    {
        if (AmountAccess(operand, context.Types, out plain) is { } direct)
        {
            return direct;
        }

        plain = false;
        // a decimal or decimal? local (decimal? paid = inv.Paid?.Amount)
        return operand.SkipImplicitConversions() is ILocalReferenceOperation local && KnownTypes.Unwrap(local.Local.Type).SpecialType == SpecialType.System_Decimal
            ? ThroughLocal(context, local)
            : null;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static IPropertyReferenceOperation? ThroughLocal(in RuleContext context, ILocalReferenceOperation local)
    {
        var members = context.Facts.Members;
        var optimistic = ValueFlow.SingleValue(local, null, members, FlowMode.Optimistic, context.CancellationToken);
        if (optimistic is null || AmountAccess(optimistic, context.Types, out _) is null)
        {
            return null;
        }

        var exact = ValueFlow.SingleValue(local, null, members, FlowMode.Exact, context.CancellationToken);
        return exact is null ? null : AmountAccess(exact, context.Types, out _);
    }

    /// <summary>Reports the operation (kept out of the optimised hot path, which JIT-compiles it in every compiler process).</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void Report(in RuleContext context, IOperation binary, bool fixable)
    {
        var properties = fixable
            ? ImmutableDictionary<string, string?>.Empty.Add(FixableProperty, "true")
            : ImmutableDictionary<string, string?>.Empty;
        context.Report(Diagnostic.Create(Descriptors.UnitStripping, binary.Syntax.GetLocation(), properties, binary.Syntax.ToString()));
    }

    /// <summary>
    /// The <c>Money.Amount</c> property reference an operand is, looking through conversions, <c>?.</c> and a zero for a
    /// missing amount (<c>x?.Amount ?? 0m</c>: no money adds nothing).
    /// </summary>
    [MethodImpl(Hot.Path)]
    internal static IPropertyReferenceOperation? AmountAccess(IOperation operand, KnownTypes types, out bool plain)
    {
        plain = false;
        var value = operand.SkipImplicitConversions();
        if (value is ICoalesceOperation coalesce && IsZero(coalesce.WhenNull))
        {
            value = coalesce.Value.SkipImplicitConversions();
        }

        if (value is IConditionalAccessOperation access)
        {
            value = access.WhenNotNull.SkipImplicitConversions();
        }
        else if (value is IPropertyReferenceOperation { Instance: not IConditionalAccessInstanceOperation })
        {
            plain = true;
        }

        return value is IPropertyReferenceOperation { Property.Name: "Amount", Instance: not null } property
            && types.IsMoney(property.Property.ContainingType)
            ? property
            : null;
    }

    /// <summary>A constant zero (<c>0m</c>, <c>0</c>, <c>decimal.Zero</c>).</summary>
    private static bool IsZero(IOperation operation) =>
        operation.ConstantValue is { HasValue: true, Value: { } constant } && constant switch
        {
            decimal d => d == 0m,
            int i => i == 0,
            long l => l == 0L,
            _ => false,
        };
}
