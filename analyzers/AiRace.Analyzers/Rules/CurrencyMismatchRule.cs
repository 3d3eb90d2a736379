using System.Runtime.CompilerServices;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace AiRace.Analyzers;

/// <summary>AIR0001: reports operators, Equals, CompareTo and Min/Max between Money values whose currencies are known and differ.</summary>
internal sealed class CurrencyMismatchRule : Rule, ICallRule, IBinaryRule, ICompoundAssignmentRule
{
    public CurrencyMismatchRule()
        : base(Descriptors.CurrencyMismatch)
    {
    }

    /// <inheritdoc/>
    public override ImmutableArray<ApiName> ReliesOn { get; } = ApiName.Join(
        ApiName.Of(KnownTypes.MoneyName, "Equals", "CompareTo", "Min", "Max", "Currency", "Of", "Cny", "Usd", "Eur", "Jpy", "Gbp", "op_Addition", "op_Subtraction", "op_Equality", "op_LessThan"),
        ApiName.Of(KnownTypes.CurrencyName, "FromCode", "Parse", "CNY", "USD"));

    /// <summary>Only calls of Equals, CompareTo, Min and Max of Money can be reported.</summary>
    public bool MayConcern(IMethodSymbol method, KnownTypes types) =>
        method.Name is "Equals" or "CompareTo" or "Min" or "Max" && method.IsOn(types.Money);

    [MethodImpl(Hot.Path)]
    public void AnalyzeBinary(in RuleContext context, IBinaryOperation binary)
    {
        var types = context.Types;
        var resolver = context.Facts.Currencies;
        if (!binary.OperatorMethod.IsOn(types.Money) || !types.IsMoney(binary.LeftOperand.Type) || !types.IsMoney(binary.RightOperand.Type))
        {
            return;
        }

        string? symbol = OperatorText(binary.OperatorKind);
        if (symbol is not null)
        {
            Check(context, resolver, binary.LeftOperand, binary.RightOperand, symbol);
        }
    }

    [MethodImpl(Hot.Path)]
    public void AnalyzeCompoundAssignment(in RuleContext context, ICompoundAssignmentOperation compound)
    {
        var types = context.Types;
        var resolver = context.Facts.Currencies;
        if (!compound.OperatorMethod.IsOn(types.Money) || !types.IsMoney(compound.Target.Type) || !types.IsMoney(compound.Value.Type))
        {
            return;
        }

        string? symbol = OperatorText(compound.OperatorKind);
        if (symbol is not null)
        {
            if (resolver.CouldBeKnown(compound.Value)
                && Differ(resolver.ResolveCompoundTarget(compound, FlowMode.Optimistic, context.CancellationToken), resolver, compound.Value, FlowMode.Optimistic, context.CancellationToken) is not null
                && Differ(resolver.ResolveCompoundTarget(compound, FlowMode.Exact, context.CancellationToken), resolver, compound.Value, FlowMode.Exact, context.CancellationToken) is { } codes)
            {
                context.Report(Diagnostic.Create(Descriptors.CurrencyMismatch, compound.Syntax.GetLocation(), symbol + "=", codes.First, codes.Second));
            }
        }
    }

    [MethodImpl(Hot.Path)]
    public void AnalyzeCall(in RuleContext context, IOperation call, IMethodSymbol? method, ImmutableArray<IArgumentOperation> arguments)
    {
        var types = context.Types;
        var resolver = context.Facts.Currencies;
        if (call is not IInvocationOperation invocation || method is null || !method.IsOn(types.Money))
        {
            return;
        }

        if (!method.IsStatic && method.Name is "Equals" or "CompareTo" && invocation.Arguments.Length == 1 && invocation.Instance is { } instance)
        {
            var argument = invocation.Arguments[0].Value.SkipImplicitConversions();
            if (argument is not null && types.IsMoney(argument.Type))
            {
                Check(context, resolver, instance, argument, method.Name);
            }
        }
        else if (method.IsStatic && method.Name is "Min" or "Max" && invocation.Arguments.Length == 2
            && types.IsMoney(method.Parameters[0].Type) && types.IsMoney(method.Parameters[1].Type))
        {
            Check(context, resolver, invocation.Arguments[0].Value, invocation.Arguments[1].Value, method.Name == "Min" ? "Money.Min" : "Money.Max");
        }
    }

    [MethodImpl(Hot.Path)]
    private static void Check(in RuleContext context, CurrencyResolver resolver, IOperation left, IOperation right, string what)
    {
        if (!resolver.CouldBeKnown(left) || !resolver.CouldBeKnown(right))
        {
            return;
        }

        // the optimistic reading skips the search for later writes to locals; only a mismatch there is worth proving
        if (Differ(resolver.Resolve(left, FlowMode.Optimistic, context.CancellationToken), resolver, right, FlowMode.Optimistic, context.CancellationToken) is null
            || Differ(resolver.Resolve(left, FlowMode.Exact, context.CancellationToken), resolver, right, FlowMode.Exact, context.CancellationToken) is not { } codes)
        {
            return;
        }

        context.Report(Diagnostic.Create(Descriptors.CurrencyMismatch, context.Operation.Syntax.GetLocation(), what, codes.First, codes.Second));
    }

    /// <summary>
    /// The first operand's currency (already resolved, or null) and the second's, when both are known and differ, or
    /// null; the second operand is resolved only when the first is known.
    /// </summary>
    [MethodImpl(Hot.Path)]
    private static (string First, string Second)? Differ(string? first, CurrencyResolver resolver, IOperation second, FlowMode mode, System.Threading.CancellationToken cancellationToken)
    {
        if (first is null)
        {
            return null;
        }

        string? secondCode = resolver.Resolve(second, mode, cancellationToken);
        return secondCode is null || secondCode == first ? null : (first, secondCode);
    }

    [MethodImpl(Hot.Path)]
    private static string? OperatorText(BinaryOperatorKind kind) => kind switch
    {
        BinaryOperatorKind.Add => "+",
        BinaryOperatorKind.Subtract => "-",
        BinaryOperatorKind.Divide => "/",
        BinaryOperatorKind.Equals => "==",
        BinaryOperatorKind.NotEquals => "!=",
        BinaryOperatorKind.LessThan => "<",
        BinaryOperatorKind.LessThanOrEqual => "<=",
        BinaryOperatorKind.GreaterThan => ">",
        BinaryOperatorKind.GreaterThanOrEqual => ">=",
        _ => null,
    };
}
