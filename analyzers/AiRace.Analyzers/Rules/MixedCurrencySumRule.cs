using System.Runtime.CompilerServices;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace AiRace.Analyzers;

/// <summary>AIR0007: reports <c>Sum</c>/<c>Aggregate</c> over the <c>Amount</c> of Money values.</summary>
internal sealed class MixedCurrencySumRule : Rule, ICallRule
{
    /// <summary>Diagnostic property: <c>Selector</c> for <c>xs.Sum(x => x.Amount)</c>, <c>Select</c> for <c>xs.Select(x => x.Amount).Sum()</c>.</summary>
    public const string ShapeProperty = "Shape";

    /// <summary>Diagnostic property: the currency code every summed amount is known to have, when the currency flow
    /// knows it (every element, or every element's money member, written in one currency); absent otherwise.</summary>
    public const string CurrencyProperty = "Currency";

    public MixedCurrencySumRule()
        : base(Descriptors.MixedCurrencySum)
    {
    }

    /// <inheritdoc/>
    public override ImmutableArray<ApiName> ReliesOn { get; } = ApiName.Join(
        ApiName.Of(KnownTypes.MoneyName, "Amount"),
        ApiName.Of(KnownTypes.MoneyEnumerableName, "Sum"));

    /// <summary>Only calls of Sum and Aggregate can be reported.</summary>
    public bool MayConcern(IMethodSymbol method, KnownTypes types) =>
        method.Name is "Sum" or "Aggregate" && types.Money is not null && IsLinq(method, types);

    [MethodImpl(Hot.Path)]
    public void AnalyzeCall(in RuleContext context, IOperation call, IMethodSymbol? method, ImmutableArray<IArgumentOperation> arguments)
    {
        var types = context.Types;
        if (call is not IInvocationOperation invocation || method is null || method.Name is not ("Sum" or "Aggregate") || types.Money is null || !IsLinq(method, types) || invocation.Arguments.Length == 0
            || KnownTypes.IsInside(context.ContainingSymbol, types.Money) || KnownTypes.IsInside(context.ContainingSymbol, types.MoneyEnumerable))
        {
            return;
        }

        string? shape = null;
        IOperation? source = null, selector = null;
        if (method.Name == "Sum")
        {
            if (invocation.Arguments.Length == 2 && ReturnsAmount(invocation.Arguments[1].Value, types))
            {
                shape = "Selector";
                (source, selector) = (invocation.Arguments[0].Value, invocation.Arguments[1].Value);
            }
            else if (invocation.Arguments.Length == 1 && IsSelectOfAmounts(invocation.Arguments[0].Value, types))
            {
                shape = "Select";
                var select = (IInvocationOperation)Unwrap(invocation.Arguments[0].Value)!;
                (source, selector) = (select.Arguments[0].Value, select.Arguments[1].Value);
            }
        }
        else
        {
            // Aggregate((a, b) => a + b) over selected amounts, or Aggregate(seed, (acc, m) => acc + m.Amount)
            if (IsSelectOfAmounts(invocation.Arguments[0].Value, types) && method.ReturnType.SpecialType == SpecialType.System_Decimal)
            {
                shape = "Aggregate";
            }
            else
            {
                foreach (var argument in invocation.Arguments)
                {
                    if (Lambda(argument.Value) is { } lambda && ContainsAmount(lambda, types))
                    {
                        shape = "Aggregate";
                        break;
                    }
                }
            }
        }

        if (shape is null)
        {
            return;
        }

        var properties = ImmutableDictionary<string, string?>.Empty.Add(ShapeProperty, shape);
        if (source is not null && selector is not null && KnownCurrency(context, source, selector) is { } code)
        {
            properties = properties.Add(CurrencyProperty, code);
        }

        context.Report(Diagnostic.Create(Descriptors.MixedCurrencySum, invocation.Syntax.GetLocation(), properties, method.Name));
    }

    /// <summary>The one currency of the money a selector takes the amount of (<c>m =&gt; m.Amount</c> over a collection of
    /// money, <c>l =&gt; l.Cost.Amount</c> over objects whose <c>Cost</c> is known), or null.</summary>
    private static string? KnownCurrency(in RuleContext context, IOperation source, IOperation selector)
    {
        if (Lambda(selector) is not { Symbol.Parameters.Length: 1 } lambda || lambda.Body.Operations[0] is not IReturnOperation { ReturnedValue: { } returned }
            || UnitStrippingRule.AmountAccess(returned, context.Types, out _) is not { Instance: { } money })
        {
            return null;
        }

        var flow = context.Facts.Currencies;
        var parameter = lambda.Symbol.Parameters[0];
        string? code = money.SkipConversions() switch
        {
            IParameterReferenceOperation reference when SymbolEqualityComparer.Default.Equals(reference.Parameter, parameter) =>
                flow.ElementsOf(source, context.CancellationToken).Code,
            IPropertyReferenceOperation { Property.IsStatic: false, Instance: IParameterReferenceOperation reference } member
                when SymbolEqualityComparer.Default.Equals(reference.Parameter, parameter) =>
                flow.MemberElementsOf(source, member.Property, context.CancellationToken).Code,
            _ => null,
        };

        return Currencies.Known(code);
    }

    [MethodImpl(Hot.Path)]
    private static bool IsLinq(IMethodSymbol method, KnownTypes types) => method.IsOn(types.Enumerable) || method.IsOn(types.Queryable);

    [MethodImpl(Hot.Path)]
    private static bool IsSelectOfAmounts(IOperation source, KnownTypes types)
    {
        var value = Unwrap(source);
        return value is IInvocationOperation { TargetMethod.Name: "Select", Arguments.Length: 2 } select
            && IsLinq(select.TargetMethod, types)
            && ReturnsAmount(select.Arguments[1].Value, types);
    }

    [MethodImpl(Hot.Path)]
    private static IOperation? Unwrap(IOperation? operation)
    {
        for (int i = 0; i < 8 && operation is not null; i++)
        {
            operation = operation.SkipConversions();
            if (operation is ITranslatedQueryOperation query)
            {
                operation = query.Operation;
                continue;
            }

            return operation;
        }

        return operation;
    }

    [MethodImpl(Hot.Path)]
    private static IAnonymousFunctionOperation? Lambda(IOperation value)
    {
        var current = Unwrap(value);
        if (current is IDelegateCreationOperation creation)
        {
            current = creation.Target;
        }

        return current as IAnonymousFunctionOperation;
    }

    /// <summary>Whether a selector lambda's single returned value is a Money <c>Amount</c>.</summary>
    [MethodImpl(Hot.Path)]
    private static bool ReturnsAmount(IOperation selector, KnownTypes types)
    {
        var lambda = Lambda(selector);
        if (lambda is null || lambda.Body.Operations.Length != 1 || lambda.Body.Operations[0] is not IReturnOperation { ReturnedValue: { } returned })
        {
            return false;
        }

        return UnitStrippingRule.AmountAccess(returned, types, out _) is not null;
    }

    [MethodImpl(Hot.Path)]
    private static bool ContainsAmount(IAnonymousFunctionOperation lambda, KnownTypes types)
    {
        foreach (var operation in lambda.Body.Descendants())
        {
            if (operation is IPropertyReferenceOperation { Property.Name: "Amount" } property && types.IsMoney(property.Property.ContainingType))
            {
                return true;
            }
        }

        return false;
    }
}
