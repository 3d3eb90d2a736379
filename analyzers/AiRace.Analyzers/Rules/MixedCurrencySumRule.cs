using System.Collections.Generic;
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

    /// <summary>Diagnostic property: <c>true</c> when the currency flow knows the summed amounts to be in two or more
    /// currencies (every element written is still there), so that no one currency states the sum; absent otherwise.</summary>
    public const string MixedProperty = "Mixed";

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
            else if (invocation.Arguments.Length == 1 && IsGroupOfAmounts(invocation.Arguments[0].Value, types))
            {
                // group l.Cost.Amount by l.Desk into g select g.Sum(): no fix (the group is a lambda's parameter)
                shape = "Group";
            }
            else if (invocation.Arguments.Length == 2 && ReturnsWorkedAmount(invocation.Arguments[1].Value, types)
                || invocation.Arguments.Length == 1 && IsSelectOfAmounts(invocation.Arguments[0].Value, types, worked: true))
            {
                // Sum(l => l.Price.Amount * l.Quantity): still in the price's currency, a bare number; no fix (the
                // currency-stating sum takes Money, and the selector's arithmetic is the user's to restate)
                shape = "Computed";
            }
            else if (invocation.Arguments.Length == 1 && SelectThrough(invocation.Arguments[0].Value, types, context.Facts.Members, context.CancellationToken) is not null)
            {
                // var amounts = xs.Select(m => m.Amount); amounts.Sum(), xs.Select(m => m.Amount).Where(a => a > 0m).Sum():
                // the same sum with a local or an order-keeping operator between; no fix
                shape = "Sequence";
            }

            if (shape is not null && PerCurrencyGroup(invocation, shape, types, context.Facts.Members, context.CancellationToken))
            {
                // xs.GroupBy(m => m.Currency).Select(g => g.Sum(m => m.Amount)): each group holds one currency
                return;
            }
        }
        else
        {
            // Aggregate((a, b) => a + b) over selected amounts, or Aggregate(seed, (acc, m) => acc + m.Amount)
            if (IsSelectOfAmounts(invocation.Arguments[0].Value, types) && method.ReturnType.SpecialType == SpecialType.System_Decimal)
            {
                if (FoldAddsElements(invocation, types))
                {
                    shape = "Aggregate";
                }
            }
            else
            {
                foreach (var argument in invocation.Arguments)
                {
                    if (Lambda(argument.Value) is { } lambda && AddsAmount(lambda, types))
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
        if (source is not null && selector is not null && SummedElements(context, source, selector) is { } elements)
        {
            if (elements.IsMixed)
            {
                properties = properties.Add(MixedProperty, "true");
            }
            else if (Currencies.Known(elements.Code) is { } code)
            {
                properties = properties.Add(CurrencyProperty, code);
            }
        }

        context.Report(Diagnostic.Create(Descriptors.MixedCurrencySum, invocation.Syntax.GetLocation(), properties, method.Name));
    }

    /// <summary>What the currency flow knows of the money a selector takes the amount of (<c>m =&gt; m.Amount</c> over a
    /// collection of money, <c>l =&gt; l.Cost.Amount</c> over objects whose <c>Cost</c> it follows), or null.</summary>
    private static Elements? SummedElements(in RuleContext context, IOperation source, IOperation selector)
    {
        if (Lambda(selector) is not { Symbol.Parameters.Length: 1 } lambda || lambda.Body.Operations[0] is not IReturnOperation { ReturnedValue: { } returned }
            || UnitStrippingRule.AmountAccess(returned, context.Types, out _) is not { Instance: { } money })
        {
            return null;
        }

        var flow = context.Facts.Currencies;
        var parameter = lambda.Symbol.Parameters[0];
        return money.SkipConversions() switch
        {
            IParameterReferenceOperation reference when SymbolEqualityComparer.Default.Equals(reference.Parameter, parameter) =>
                flow.ElementsOf(source, context.CancellationToken),
            IPropertyReferenceOperation { Property.IsStatic: false, Instance: IParameterReferenceOperation reference } member
                when SymbolEqualityComparer.Default.Equals(reference.Parameter, parameter) =>
                flow.MemberElementsOf(source, member.Property, context.CancellationToken),
            _ => null,
        };
    }

    /// <summary>
    /// Whether the function of a fold over selected amounts adds (or subtracts) an element as a bare number:
    /// <c>Aggregate((a, b) =&gt; a + b)</c>, <c>Aggregate(0m, (acc, a) =&gt; acc + a)</c>, or <c>decimal.Add</c> given as
    /// the function. One that keeps the largest (<c>(a, b) =&gt; Math.Max(a, b)</c>, <c>(max, a) =&gt; a &gt; max ? a : max</c>)
    /// or any other function it cannot read adds nothing up.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static bool FoldAddsElements(IInvocationOperation aggregate, KnownTypes types)
    {
        foreach (var argument in aggregate.Arguments)
        {
            if (argument.Parameter is not { Name: "func" })
            {
                continue;
            }

            if (Lambda(argument.Value) is { } lambda)
            {
                // the elements are amounts; so is the accumulator of a fold without a seed (its first element)
                var parameters = lambda.Symbol.Parameters;
                var amounts = new HashSet<IParameterSymbol>(SymbolEqualityComparer.Default);
                for (int i = 0; i < parameters.Length; i++)
                {
                    if (i == parameters.Length - 1 || aggregate.Arguments.Length == 2)
                    {
                        amounts.Add(parameters[i]);
                    }
                }

                return Walk(lambda.Body, types, findAddition: true, out _, amounts);
            }

            return Unwrap(argument.Value) is IDelegateCreationOperation { Target: IMethodReferenceOperation { Method: { Name: "Add" or "Subtract" } added } }
                && added.ContainingType?.SpecialType == SpecialType.System_Decimal;
        }

        return false;
    }

    /// <summary>
    /// The LINQ <c>Select</c> of amounts a sequence comes from through decimal sequence locals assigned once and never
    /// written again (<c>var amounts = xs.Select(m =&gt; m.Amount)</c>) and operators that keep or filter the elements
    /// (<c>ToList</c>, <c>ToArray</c>, <c>Where</c>, <c>OrderBy</c>, <c>Take</c>…), when at least one of them stands between;
    /// null otherwise (a direct <c>Select</c> is <see cref="IsSelectOfAmounts"/>'s).
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static IInvocationOperation? SelectThrough(IOperation source, KnownTypes types, MemberValues members, System.Threading.CancellationToken cancellationToken)
    {
        var current = Unwrap(source);
        for (int i = 0; i < 8 && current is not null; i++)
        {
            switch (current)
            {
                case ILocalReferenceOperation local:
                    current = Unwrap(ValueFlow.SingleValue(local, null, members, FlowMode.Exact, cancellationToken));
                    break;
                case IInvocationOperation kept when KeepsElements(kept, types):
                    current = Unwrap(kept.Arguments[0].Value);
                    break;
                default:
                    return i > 0 && current is IInvocationOperation { TargetMethod.Name: "Select" } select && IsSelectOfAmounts(select, types, worked: true) ? select : null;
            }
        }

        return null;
    }

    /// <summary>
    /// Whether a sum adds up the amounts of one group of a <c>GroupBy</c> (or <c>ToLookup</c>, or a <c>foreach</c> over
    /// either) keyed by the currency (or its <c>Code</c>) of the very money whose
    /// amounts are summed (<c>xs.GroupBy(m =&gt; m.Currency).Select(g =&gt; g.Sum(m =&gt; m.Amount))</c>, <c>group m.Amount by
    /// m.Currency into g select g.Sum()</c>, also a key that holds the currency among others, <c>new { m.Desk, m.Currency }</c>):
    /// each group holds one currency by construction.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static bool PerCurrencyGroup(IInvocationOperation sum, string shape, KnownTypes types, MemberValues members, System.Threading.CancellationToken cancellationToken)
    {
        IOperation? group, amounts;
        switch (shape)
        {
            case "Selector":
                (group, amounts) = (sum.Arguments[0].Value, sum.Arguments[1].Value);
                break;
            case "Select":
                var select = (IInvocationOperation)Unwrap(sum.Arguments[0].Value)!;
                (group, amounts) = (select.Arguments[0].Value, select.Arguments[1].Value);
                break;
            case "Group":
                (group, amounts) = (sum.Arguments[0].Value, null);
                break;
            case "Sequence" when SelectThrough(sum.Arguments[0].Value, types, members, cancellationToken) is { } selected:
                // g.Select(m => m.Amount).Where(a => a > 0m).Sum(), or the selection held in a local
                (group, amounts) = (selected.Arguments[0].Value, selected.Arguments[1].Value);
                break;
            default:
                return false;
        }

        if (GroupByOf(group, types, members, cancellationToken) is not { } groupBy)
        {
            return false;
        }

        IOperation? key = null, element = null;
        foreach (var argument in groupBy.Arguments)
        {
            switch (argument.Parameter?.Name)
            {
                case "keySelector":
                    key = argument.Value;
                    break;
                case "elementSelector":
                    element = argument.Value;
                    break;
                case "source":
                    break;
                default:
                    // a result selector or a comparer: the groups are not followed
                    return false;
            }
        }

        // the summed amounts are the element selector's (group m.Amount by m.Currency) or, without one, the sum's own
        // selector's over the grouped elements; with both, the sum's selector over the elements the element selector
        // gives (GroupBy(l => l.Cost.Currency, l => l.Cost) summed by m => m.Amount: the amounts of .Cost)
        if (key is null)
        {
            return false;
        }

        string? summed;
        if (amounts is null)
        {
            summed = element is null ? null : MoneyPath(Lambda(element), types);
        }
        else if (element is null)
        {
            summed = MoneyPath(Lambda(amounts), types);
        }
        else
        {
            summed = ElementPath(Lambda(element)) is { } elementPath && MoneyPath(Lambda(amounts), types) is { } amountPath
                ? elementPath + amountPath
                : null;
        }

        return summed is not null && KeyHoldsCurrency(Lambda(key), summed, types);
    }

    /// <summary>The members between an element selector's parameter and what it returns (<c>l =&gt; l.Cost</c>: ".Cost"), or null.</summary>
    private static string? ElementPath(IAnonymousFunctionOperation? selector) =>
        selector?.OnlyReturned() is { } returned ? PathFrom(returned, selector) : null;

    /// <summary>
    /// The <c>GroupBy</c> or <c>ToLookup</c> call whose group a sequence is: the first parameter of a lambda given to a
    /// LINQ call over its groups, or the variable of a <c>foreach</c> over them, also filtered or ordered
    /// (<c>g.Where(…)</c>) or held in a local assigned once, and the groups likewise.
    /// </summary>
    private static IInvocationOperation? GroupByOf(IOperation group, KnownTypes types, MemberValues members, System.Threading.CancellationToken cancellationToken)
    {
        var current = Unwrap(group);
        bool element = true;
        for (int i = 0; i < 12 && current is not null; i++)
        {
            switch (current)
            {
                case IInvocationOperation { TargetMethod.Name: "GroupBy" or "ToLookup" } groupBy when !element && IsLinq(groupBy.TargetMethod, types):
                    return groupBy;
                case IInvocationOperation kept when KeepsElements(kept, types):
                    // g.Where(m => m.Amount > 0m): the same elements, fewer or reordered
                    current = Unwrap(kept.Arguments[0].Value);
                    break;
                case IParameterReferenceOperation { Parameter: { Ordinal: 0, ContainingSymbol: IMethodSymbol { MethodKind: MethodKind.AnonymousFunction } lambda } } parameter when element:
                    current = Unwrap(SourceOfLambdaParameter(parameter, lambda, types));
                    element = false;
                    break;
                case ILocalReferenceOperation local when element && local.LoopOf() is { } loop:
                    current = Unwrap(loop.Collection);
                    element = false;
                    break;
                case ILocalReferenceOperation local:
                    current = Unwrap(ValueFlow.SingleValue(local, null, members, FlowMode.Exact, cancellationToken));
                    break;
                default:
                    return null;
            }
        }

        return null;
    }

    /// <summary>A LINQ call that passes on some of its source's elements, unchanged, perhaps fewer or reordered
    /// (<c>ToList</c>, <c>Where</c>, <c>OrderBy</c>, <c>Take</c>, <c>Distinct</c>…).</summary>
    private static bool KeepsElements(IInvocationOperation call, KnownTypes types) =>
        call is { TargetMethod.Name: "ToList" or "ToArray" or "AsEnumerable" or "AsQueryable" or "Where" or "OrderBy" or "OrderByDescending"
            or "ThenBy" or "ThenByDescending" or "Skip" or "Take" or "SkipWhile" or "TakeWhile" or "Reverse" or "Distinct", Arguments.Length: >= 1 }
        && IsLinq(call.TargetMethod, types);

    /// <summary>The sequence a LINQ call gives a lambda's first parameter the elements of (<c>groups.Select(g =&gt; …)</c>: groups), or null.</summary>
    private static IOperation? SourceOfLambdaParameter(IOperation reference, IMethodSymbol lambda, KnownTypes types)
    {
        IOperation? current = reference.Parent;
        while (current is not null && !(current is IAnonymousFunctionOperation function && SymbolEqualityComparer.Default.Equals(function.Symbol, lambda)))
        {
            current = current.Parent;
        }

        return current?.Parent is IDelegateCreationOperation { Parent: IArgumentOperation { Parent: IInvocationOperation call } argument }
            && IsLinq(call.TargetMethod, types) && call.Arguments.Length >= 2 && call.Arguments[0] != argument
            && call.TargetMethod.Name is not ("Aggregate" or "Zip")
            ? call.Arguments[0].Value
            : null;
    }

    /// <summary>Whether a key selector returns the currency of the money at <paramref name="path"/>, alone or among the
    /// members of an anonymous object or a tuple.</summary>
    private static bool KeyHoldsCurrency(IAnonymousFunctionOperation? key, string path, KnownTypes types)
    {
        if (key?.OnlyReturned() is not { } returned)
        {
            return false;
        }

        if (CurrencyPath(returned, key, types) == path)
        {
            return true;
        }

        var parts = returned.SkipConversions() switch
        {
            IAnonymousObjectCreationOperation anonymous => anonymous.Initializers,
            ITupleOperation tuple => tuple.Elements,
            _ => ImmutableArray<IOperation>.Empty,
        };
        foreach (var part in parts)
        {
            var value = part is ISimpleAssignmentOperation assignment ? assignment.Value : part;
            if (CurrencyPath(value, key, types) == path)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The members between a lambda's parameter and the money whose <c>Currency</c> a value is (<c>m.Currency</c>: "",
    /// <c>l.Cost.Currency</c>: ".Cost"), or null.</summary>
    private static string? CurrencyPath(IOperation value, IAnonymousFunctionOperation lambda, KnownTypes types)
    {
        var skipped = value.SkipConversions();
        if (skipped is IPropertyReferenceOperation { Property.Name: "Code", Instance: { } ofCurrency } code && KnownTypes.Is(code.Property.ContainingType, types.Currency))
        {
            // m.Currency.Code: one code, one currency
            skipped = ofCurrency.SkipConversions();
        }

        return skipped is IPropertyReferenceOperation { Property.Name: "Currency", Instance: { } money } currency && types.IsMoney(currency.Property.ContainingType)
            ? PathFrom(money, lambda)
            : null;
    }

    /// <summary>The members between a selector's parameter and the money whose <c>Amount</c> it returns, or null.</summary>
    private static string? MoneyPath(IAnonymousFunctionOperation? selector, KnownTypes types) =>
        selector?.OnlyReturned() is { } returned && UnitStrippingRule.AmountAccess(returned, types, out bool plain) is { Instance: { } money } && plain
            ? PathFrom(money, selector)
            : null;

    /// <summary>The chain of instance properties from a lambda's only parameter to a value (<c>l.Cost</c>: ".Cost"), or null.</summary>
    private static string? PathFrom(IOperation value, IAnonymousFunctionOperation lambda)
    {
        string path = string.Empty;
        var current = value.SkipConversions();
        for (int i = 0; i < 8; i++)
        {
            switch (current)
            {
                case IParameterReferenceOperation parameter:
                    return lambda.Symbol.Parameters.Length == 1 && SymbolEqualityComparer.Default.Equals(parameter.Parameter, lambda.Symbol.Parameters[0]) ? path : null;
                case IPropertyReferenceOperation { Arguments.IsEmpty: true, Instance: { } instance } property:
                    path = "." + property.Property.Name + path;
                    current = instance.SkipConversions();
                    break;
                case IFieldReferenceOperation { Instance: { } instance } field:
                    path = "." + field.Field.Name + path;
                    current = instance.SkipConversions();
                    break;
                default:
                    return null;
            }
        }

        return null;
    }

    /// <summary>Whether a method is LINQ's: <c>Enumerable</c>'s, <c>Queryable</c>'s, or <c>ImmutableArray</c>'s own
    /// (<c>System.Linq.ImmutableArrayExtensions</c>: its <c>Select</c>, <c>Aggregate</c>…).</summary>
    [MethodImpl(Hot.Path)]
    private static bool IsLinq(IMethodSymbol method, KnownTypes types) =>
        method.IsOn(types.Enumerable) || method.IsOn(types.Queryable) || method.ContainingType is { Name: "ImmutableArrayExtensions" } && CallSource.IsLinq(method.ContainingType);

    /// <summary>Whether a sequence is LINQ's <c>Select</c> of amounts (<c>grants.Select(g =&gt; g.Amount)</c>).</summary>
    /// <param name="source">The sequence.</param>
    /// <param name="types">The compilation's known types.</param>
    /// <param name="worked">Whether a selector that works an amount out (<see cref="ReturnsWorkedAmount"/>) counts too.</param>
    [MethodImpl(Hot.Path)]
    internal static bool IsSelectOfAmounts(IOperation source, KnownTypes types, bool worked = false)
    {
        var value = Unwrap(source);
        return value is IInvocationOperation { TargetMethod.Name: "Select", Arguments.Length: 2 } select
            && IsLinq(select.TargetMethod, types)
            && (ReturnsAmount(select.Arguments[1].Value, types) || worked && ReturnsWorkedAmount(select.Arguments[1].Value, types));
    }

    /// <summary>
    /// Whether a sequence is a group of amounts: the parameter of a LINQ lambda over <c>GroupBy</c> with an element
    /// selector that returns an amount (<c>xs.GroupBy(x =&gt; x.Desk, x =&gt; x.Cost.Amount).Select(g =&gt; g.Sum())</c>, and
    /// the query <c>group x.Cost.Amount by x.Desk into g select g.Sum()</c>).
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static bool IsGroupOfAmounts(IOperation source, KnownTypes types)
    {
        if (source.SkipConversions() is not IParameterReferenceOperation { Parameter: { Ordinal: 0, ContainingSymbol: IMethodSymbol { MethodKind: MethodKind.AnonymousFunction } lambda } })
        {
            return false;
        }

        IOperation? current = source.Parent;
        while (current is not null && !(current is IAnonymousFunctionOperation function && SymbolEqualityComparer.Default.Equals(function.Symbol, lambda)))
        {
            current = current.Parent;
        }

        if (current?.Parent is not IDelegateCreationOperation { Parent: IArgumentOperation { Parent: IInvocationOperation call } argument }
            || !IsLinq(call.TargetMethod, types) || call.Arguments.Length < 2 || call.Arguments[0] == argument
            || Unwrap(call.Arguments[0].Value) is not IInvocationOperation { TargetMethod.Name: "GroupBy" } groupBy || !IsLinq(groupBy.TargetMethod, types))
        {
            return false;
        }

        foreach (var groupArgument in groupBy.Arguments)
        {
            if (groupArgument.Parameter is { Name: "elementSelector" } && ReturnsAmount(groupArgument.Value, types))
            {
                return true;
            }
        }

        return false;
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
    internal static bool ReturnsAmount(IOperation selector, KnownTypes types)
    {
        var lambda = Lambda(selector);
        if (lambda?.OnlyReturned() is not { } returned)
        {
            return false;
        }

        return UnitStrippingRule.AmountAccess(returned, types, out _) is not null;
    }

    /// <summary>
    /// Whether every value a selector lambda returns is worked out from an amount and is still one, though not a bare
    /// <c>Amount</c> (<see cref="ReturnsAmount"/>): <c>l =&gt; l.Price.Amount * l.Quantity</c>, <c>m =&gt; Math.Round(m.Amount, 2)</c>,
    /// also through the lambda's own locals (<c>{ var net = l.Price.Amount - l.Discount; return net * l.Quantity; }</c>).
    /// An amount converted by a rate chosen by currency (<c>m =&gt; m.Amount * toUsd[m.Currency]</c>), a ratio of two, a
    /// test of one or a whole number a call makes of one is not.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    internal static bool ReturnsWorkedAmount(IOperation selector, KnownTypes types)
    {
        if (Lambda(selector) is not { } lambda || lambda.Symbol.ReturnType is not { } type
            || KnownTypes.Unwrap(type).SpecialType is not (SpecialType.System_Decimal or SpecialType.System_Double or SpecialType.System_Single))
        {
            return false;
        }

        Walk(lambda.Body, types, findAddition: false, out var mentions);
        if (mentions is null)
        {
            return false;
        }

        bool any = false;
        foreach (var operation in lambda.Body.Descendants())
        {
            if (operation is IReturnOperation { ReturnedValue: { } returned } && CurrencyFlow.EnclosingFunction(operation) == lambda)
            {
                if (!mentions.Contains(returned))
                {
                    return false;
                }

                any = true;
            }
        }

        return any;
    }

    /// <summary>
    /// Whether a folding lambda adds (or subtracts) an amount as a bare number: <c>(acc, m) =&gt; acc + m.Amount</c>. A
    /// lambda that only reads amounts (a count of refunds, Money's own checked <c>+</c>, a maximum) adds up nothing.
    /// </summary>
    [MethodImpl(Hot.Path)]
    private static bool AddsAmount(IAnonymousFunctionOperation lambda, KnownTypes types) => Walk(lambda.Body, types, findAddition: true, out _);

    /// <summary>
    /// Works out, children before their parent, which operations under <paramref name="root"/> are still an amount
    /// (<paramref name="mentions"/>: an amount itself, or an operation <see cref="CarriesAmount"/> with such a child). With
    /// <paramref name="findAddition"/>, stops at the first addition or subtraction of such an operand outside Money's own
    /// operators and returns true.
    /// </summary>
    private static bool Walk(IOperation root, KnownTypes types, bool findAddition, out HashSet<IOperation>? mentions, HashSet<IParameterSymbol>? amountParameters = null)
    {
        // One pass, bottom up, with stacks of its own: first every operation, then, children before their parent,
        // whether each mentions an amount (it is one, or a child does) and whether it is an addition whose operand does.
        // Asking each addition about its operands' whole subtrees instead would be quadratic in the terms of a
        // generated fold.
        mentions = null;
        var order = new List<IOperation>();
        var pending = new Stack<IOperation>();
        pending.Push(root);
        while (pending.Count > 0)
        {
            var operation = pending.Pop();
            order.Add(operation);
            foreach (var child in operation.ChildOperations)
            {
                pending.Push(child);
            }
        }

        // a local of the body written only by its declaration carries what it is given (var net = l.Price.Amount - d)
        HashSet<ILocalSymbol>? written = null, carrying = null;
        foreach (var operation in order)
        {
            var target = operation switch
            {
                IAssignmentOperation { Target: ILocalReferenceOperation assigned } => assigned,
                IIncrementOrDecrementOperation { Target: ILocalReferenceOperation stepped } => stepped,
                IArgumentOperation { Parameter.RefKind: RefKind.Ref or RefKind.Out, Value: ILocalReferenceOperation passed } => passed,
                _ => null,
            };
            if (target is not null)
            {
                (written ??= new HashSet<ILocalSymbol>(SymbolEqualityComparer.Default)).Add(target.Local);
            }
        }

        for (int i = order.Count - 1; i >= 0; i--)
        {
            var operation = order[i];
            if (mentions is not null && operation is IVariableDeclaratorOperation { Initializer.Value: { } initial } declarator
                && mentions.Contains(initial) && (written is null || !written.Contains(declarator.Symbol)))
            {
                (carrying ??= new HashSet<ILocalSymbol>(SymbolEqualityComparer.Default)).Add(declarator.Symbol);
            }

            if (mentions is not null)
            {
                // var (desk, amount) = (e.Desk, e.Cost.Amount), foreach (var (amount, _) in …), e.Cost is { Amount: var a }
                AddCarried(operation, mentions, written, ref carrying);
            }

            switch (operation)
            {
                case IBinaryOperation { OperatorKind: BinaryOperatorKind.Add or BinaryOperatorKind.Subtract } binary
                    when findAddition && mentions is not null && !types.IsMoney(binary.Type) && (mentions.Contains(binary.LeftOperand) || mentions.Contains(binary.RightOperand)):
                    return true;
                case ICompoundAssignmentOperation { OperatorKind: BinaryOperatorKind.Add or BinaryOperatorKind.Subtract } compound
                    when findAddition && mentions is not null && !types.IsMoney(compound.Type) && mentions.Contains(compound.Value):
                    return true;
            }

            bool mentioned = IsAmount(operation, types) || carrying is not null && operation is ILocalReferenceOperation local && carrying.Contains(local.Local)
                || amountParameters is not null && operation is IParameterReferenceOperation parameter && amountParameters.Contains(parameter.Parameter);
            if (!mentioned && mentions is not null && CarriesAmount(operation, mentions, types))
            {
                foreach (var child in operation.ChildOperations)
                {
                    if (mentions.Contains(child))
                    {
                        mentioned = true;
                        break;
                    }
                }
            }

            if (mentioned)
            {
                (mentions ??= new HashSet<IOperation>()).Add(operation);
            }
        }

        return false;
    }

    /// <summary>
    /// Records the locals an operation declares that take an amount whole: the elements of a deconstruction
    /// (<c>var (desk, amount) = (e.Desk, e.Cost.Amount)</c>), of a <c>foreach</c> that deconstructs the tuples a
    /// <c>Select</c> makes (<c>foreach (var (amount, _) in book.Select(e =&gt; (e.Cost.Amount, e.Desk)))</c>), and a
    /// pattern's variable (<c>e.Cost is { Amount: var a }</c>, <c>(e.Desk, e.Cost.Amount) is (_, var a)</c>, also as a
    /// switch expression's arm, <c>(_, var a) =&gt; acc + a</c>). Asked once
    /// the value's operations are worked out and before the statements that read the locals.
    /// </summary>
    private static void AddCarried(IOperation operation, HashSet<IOperation> mentions, HashSet<ILocalSymbol>? written, ref HashSet<ILocalSymbol>? carrying)
    {
        switch (operation)
        {
            case IDeconstructionAssignmentOperation { Target: { } target, Value: { } value }:
                AddDeconstructed(target, value, mentions, written, ref carrying, 0);
                break;
            case IDeclarationExpressionOperation or ITupleOperation
                when operation.Parent is IForEachLoopOperation { LoopControlVariable: { } variable, Collection: { } collection } && variable == operation
                    && collection.SkipConversions() is IInvocationOperation { TargetMethod.Name: "Select" } select
                    && select.Arguments.Length == 2 && Lambda(select.Arguments[1].Value) is { } projection
                    && ReturnedTuple(projection) is { } tuple:
                AddDeconstructed(operation, tuple, mentions, written, ref carrying, 0);
                break;
            case IDeclarationPatternOperation { DeclaredSymbol: ILocalSymbol local } declared
                when Matched(declared, mentions) && (written is null || !written.Contains(local)):
                (carrying ??= new HashSet<ILocalSymbol>(SymbolEqualityComparer.Default)).Add(local);
                break;
        }
    }

    /// <summary>The tuple a one-expression lambda returns (<c>e =&gt; (e.Cost.Amount, e.Desk)</c>), or null.</summary>
    private static ITupleOperation? ReturnedTuple(IAnonymousFunctionOperation lambda) =>
        lambda.Body.Operations.Length == 1 && lambda.Body.Operations[0] is IReturnOperation { ReturnedValue: { } returned }
            ? returned.SkipConversions() as ITupleOperation
            : null;

    /// <summary>Records the declared locals of a deconstruction's target whose element of the value is an amount.</summary>
    private static void AddDeconstructed(IOperation target, IOperation value, HashSet<IOperation> mentions, HashSet<ILocalSymbol>? written, ref HashSet<ILocalSymbol>? carrying, int depth)
    {
        if (depth > 8)
        {
            return;
        }

        if (target is IDeclarationExpressionOperation { Expression: { } declared })
        {
            target = declared;
        }

        switch (target)
        {
            case ITupleOperation targets when value.SkipConversions() is ITupleOperation values && values.Elements.Length == targets.Elements.Length:
                for (int i = 0; i < targets.Elements.Length; i++)
                {
                    AddDeconstructed(targets.Elements[i], values.Elements[i], mentions, written, ref carrying, depth + 1);
                }

                break;
            case ILocalReferenceOperation { IsDeclaration: true, Local: { } local }
                when mentions.Contains(value) && (written is null || !written.Contains(local)):
                (carrying ??= new HashSet<ILocalSymbol>(SymbolEqualityComparer.Default)).Add(local);
                break;
        }
    }

    /// <summary>Whether a declaration pattern's variable takes an amount whole: the pattern of an amount's member
    /// (<c>{ Amount: var a }</c> on Money), of the matched value itself, or of an element of a matched tuple.</summary>
    private static bool Matched(IDeclarationPatternOperation declared, HashSet<IOperation> mentions)
    {
        switch (declared.Parent)
        {
            case IPropertySubpatternOperation { Member: { } member }:
                return mentions.Contains(member);
            case IRecursivePatternOperation recursive when MatchedValue(recursive) is { } matched
                && matched.SkipConversions() is ITupleOperation tuple && recursive.DeconstructionSubpatterns.Length == tuple.Elements.Length:
                int index = recursive.DeconstructionSubpatterns.IndexOf(declared);
                return index >= 0 && mentions.Contains(tuple.Elements[index]);
            default:
                return MatchedValue(declared) is { } whole && mentions.Contains(whole);
        }
    }

    /// <summary>The value a top-level pattern matches: of an <c>is</c>, or of the switch expression whose arm it is
    /// (<c>(e.Desk, e.Cost.Amount) switch { (_, var a) =&gt; … }</c>); else null.</summary>
    private static IOperation? MatchedValue(IPatternOperation pattern) =>
        pattern.Parent switch
        {
            IIsPatternOperation { Value: var value } => value,
            ISwitchExpressionArmOperation { Parent: ISwitchExpressionOperation { Value: var value } } arm when arm.Pattern == pattern => value,
            _ => null,
        };

    /// <summary>
    /// Whether an operation's value is still an amount when a child's is: not a test of one (<c>p.Amount &lt; 0m ? 1 : 0</c>
    /// counts), not a whole number a call makes of it (a hash, a sign), and not an amount times or over a rate chosen by
    /// currency (<c>m.Amount * toUsd[m.Currency]</c> is converted; only the other operand is looked at, so
    /// <c>prices[o.Currency].Amount * o.Quantity</c> is still in the price's currency).
    /// </summary>
    private static bool CarriesAmount(IOperation operation, HashSet<IOperation> mentions, KnownTypes types) =>
        operation.Type?.SpecialType != SpecialType.System_Boolean
        // a call that makes a whole number of an amount (m.Amount.GetHashCode(), Math.Sign(m.Amount)) tallies, not adds
        && !(operation is IInvocationOperation { Type: { } returned } && KnownTypes.Unwrap(returned).SpecialType is not
            (SpecialType.System_Decimal or SpecialType.System_Double or SpecialType.System_Single))
        // an amount over an amount is a ratio (l.Part.Amount / l.Whole.Amount), not money
        && !(operation is IBinaryOperation { OperatorKind: BinaryOperatorKind.Divide } ratio && mentions.Contains(ratio.LeftOperand) && mentions.Contains(ratio.RightOperand))
        && !(operation is IBinaryOperation { OperatorKind: BinaryOperatorKind.Multiply or BinaryOperatorKind.Divide } scaling
            && (!mentions.Contains(scaling.LeftOperand) && types.MentionsCurrency(scaling.LeftOperand)
                || !mentions.Contains(scaling.RightOperand) && types.MentionsCurrency(scaling.RightOperand)));

    [MethodImpl(Hot.Path)]
    private static bool IsAmount(IOperation operation, KnownTypes types) =>
        operation is IPropertyReferenceOperation { Property.Name: "Amount" } property && types.IsMoney(property.Property.ContainingType);
}
