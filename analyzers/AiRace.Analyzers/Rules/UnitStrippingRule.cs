using System.Runtime.CompilerServices;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace AiRace.Analyzers;

/// <summary>AIR0004: reports arithmetic or comparison between the <c>Amount</c>s of two Money values.</summary>
internal sealed class UnitStrippingRule : Rule, IBinaryRule
{
    /// <summary>Diagnostic property present when both sides are plain <c>x.Amount</c> accesses, so the fix can apply.</summary>
    public const string FixableProperty = "Fixable";

    public UnitStrippingRule()
        : base(Descriptors.UnitStripping)
    {
    }

    /// <inheritdoc/>
    public override ImmutableArray<ApiName> ReliesOn { get; } = ApiName.Of(KnownTypes.MoneyName, "Amount");

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

        if (AmountAccess(binary.LeftOperand, types, out bool leftPlain) is null
            || AmountAccess(binary.RightOperand, types, out bool rightPlain) is null
            || KnownTypes.IsInside(context.ContainingSymbol, types.Money))
        {
            return;
        }

        Report(context, binary, leftPlain && rightPlain && !binary.IsLifted);
    }

    /// <summary>Reports the operation (kept out of the optimised hot path, which JIT-compiles it in every compiler process).</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void Report(in RuleContext context, IBinaryOperation binary, bool fixable)
    {
        var properties = fixable
            ? ImmutableDictionary<string, string?>.Empty.Add(FixableProperty, "true")
            : ImmutableDictionary<string, string?>.Empty;
        context.Report(Diagnostic.Create(Descriptors.UnitStripping, binary.Syntax.GetLocation(), properties, binary.Syntax.ToString()));
    }

    /// <summary>The <c>Money.Amount</c> property reference an operand is, looking through conversions and <c>?.</c>.</summary>
    [MethodImpl(Hot.Path)]
    internal static IPropertyReferenceOperation? AmountAccess(IOperation operand, KnownTypes types, out bool plain)
    {
        plain = false;
        var value = operand.SkipImplicitConversions();
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
}
