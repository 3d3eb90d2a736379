using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace AiRace.Analyzers;

/// <summary>
/// Where a method's whole body is the currency-stating <c>Sum</c> of a collection it is given, in a currency it is given:
/// each a parameter, or a positional property of a record parameter (<c>Money Handle(TotalPlanned query) =&gt;
/// query.Lines.Sum(l =&gt; l.Planned, query.Currency)</c>, a query handler).
/// </summary>
internal sealed class ParameterSum
{
    public static readonly ParameterSum None = new(-1, null, null, -1, null);

    public ParameterSum(int source, IPropertySymbol? sourceMember, IPropertySymbol? summed, int currency, IPropertySymbol? currencyMember)
    {
        Source = source;
        SourceMember = sourceMember;
        Summed = summed;
        Currency = currency;
        CurrencyMember = currencyMember;
    }

    /// <summary>The ordinal of the parameter the collection is given by.</summary>
    public int Source { get; }

    /// <summary>The record parameter's positional property holding the collection, or null for the parameter itself.</summary>
    public IPropertySymbol? SourceMember { get; }

    /// <summary>The money member of the elements the selector sums (<c>l =&gt; l.Planned</c>), or null for money elements.</summary>
    public IPropertySymbol? Summed { get; }

    /// <summary>The ordinal of the parameter the currency is given by.</summary>
    public int Currency { get; }

    /// <summary>The record parameter's positional property holding the currency, or null for the parameter itself.</summary>
    public IPropertySymbol? CurrencyMember { get; }
}

/// <summary>
/// A method whose whole body sums a collection it is given in a currency it is given (<see cref="ParameterSum"/>) is
/// checked at each call: the collection the call gives (directly, or as the argument of a record created right there:
/// <c>handler.Handle(new TotalPlanned(AllLines, Currency.CNY))</c>) holds, in the member summed, a known currency other
/// than the one the call gives.
/// </summary>
internal sealed partial class CurrencyFlow
{
    private FactCache<ParameterSum>? _parameterSums;

    private FactCache<ParameterSum> ParameterSums => _parameterSums ??= Facts<ParameterSum>((s, c) => ComputeParameterSum((IMethodSymbol)s, c), ParameterSum.None, ParameterSum.None);

    /// <summary>
    /// A cheap first look, by the declaration's syntax alone: whether a method of the code returning money has a whole
    /// body that is one call of a method named <c>Sum</c> (an expression body, or a block of one <c>return</c>).
    /// </summary>
    internal static bool MaySumParameters(IMethodSymbol method, KnownTypes types)
    {
        if (method is not { MethodKind: MethodKind.Ordinary, IsAbstract: false, IsExtern: false, Parameters.Length: >= 1 } || method.DeclaringSyntaxReferences.Length != 1
            || !types.IsMoney(method.ReturnType))
        {
            return false;
        }

        var returned = method.DeclaringSyntaxReferences[0].GetSyntax() switch
        {
            MethodDeclarationSyntax { ExpressionBody: { } arrow } => arrow.Expression,
            MethodDeclarationSyntax { Body.Statements: { Count: 1 } statements } when statements[0] is ReturnStatementSyntax only => only.Expression,
            _ => null,
        };
        return returned is InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Sum" } };
    }

    /// <summary>
    /// The sum a call of such a method makes in a currency other than one its collection holds: the call's name and what it
    /// does, the currency stated and the other; else null.
    /// </summary>
    public (string What, string Stated, string Other)? ParameterSumMix(IMethodSymbol method, ImmutableArray<IArgumentOperation> arguments, CancellationToken cancellationToken)
    {
        if (method.DeclaringSyntaxReferences.Length != 1 || !_types.IsMoney(method.ReturnType) || ParameterSums.Get(method.OriginalDefinition, cancellationToken) is not { Source: >= 0 } sum
            || Given(arguments, sum.Currency, sum.CurrencyMember, cancellationToken) is not { } currency
            || Resolve(currency, FlowMode.Exact, cancellationToken) is not { } stated || Currencies.IsNone(stated)
            || Given(arguments, sum.Source, sum.SourceMember, cancellationToken) is not { } source)
        {
            return null;
        }

        var elements = sum.Summed is { } member ? MemberElementsOf(source, member, cancellationToken) : ElementsOf(source, cancellationToken);
        return elements.OtherThan(stated) is { } other && other != stated ? (method.Name + ": Sum(…, " + stated + ")", stated, other) : null;
    }

    /// <summary>
    /// What a call gives for a parameter, or for a positional property of a record it gives as a creation written there
    /// (or a local holding one), without an object initializer; else null.
    /// </summary>
    private IOperation? Given(ImmutableArray<IArgumentOperation> arguments, int ordinal, IPropertySymbol? member, CancellationToken cancellationToken)
    {
        IOperation? value = null;
        foreach (var argument in arguments)
        {
            if (argument.Parameter?.Ordinal == ordinal && argument.ArgumentKind != ArgumentKind.DefaultValue)
            {
                value = argument.Value;
            }
        }

        if (value is null || member is null)
        {
            return value;
        }

        value = value.SkipConversions();
        if (value is ILocalReferenceOperation)
        {
            value = ValueFlow.SingleValue(value, null, _singleValues, FlowMode.Exact, cancellationToken)?.SkipConversions();
        }

        if (value is not IObjectCreationOperation { Initializer: null, Constructor: { } constructor } creation
            || Annotations.PositionalParameter(member) is not { } positional
            || !SymbolEqualityComparer.Default.Equals(constructor.OriginalDefinition, positional.ContainingSymbol))
        {
            return null;
        }

        foreach (var argument in creation.Arguments)
        {
            if (argument.Parameter?.Ordinal == positional.Ordinal && argument.ArgumentKind != ArgumentKind.DefaultValue)
            {
                return argument.Value;
            }
        }

        return null;
    }

    private ParameterSum ComputeParameterSum(IMethodSymbol method, CancellationToken cancellationToken)
    {
        if (!MaySumParameters(method, _types) || OwnBodyOperation(method, cancellationToken) is not { } body)
        {
            return ParameterSum.None;
        }

        var returned = body is IBlockOperation { Operations.Length: 1 } block ? (block.Operations[0] as IReturnOperation)?.ReturnedValue : body;
        if (returned?.SkipConversions() is not IInvocationOperation { TargetMethod: { Name: "Sum" } target } sum || !target.IsOn(_types.MoneyEnumerable))
        {
            return ParameterSum.None;
        }

        IOperation? source = null, selector = null, currency = null;
        foreach (var argument in sum.Arguments)
        {
            if (argument.Parameter is not { } parameter)
            {
                return ParameterSum.None;
            }

            if (_types.IsCurrency(parameter.Type))
            {
                currency = argument.Value;
            }
            else if (parameter.Ordinal == 0)
            {
                source = argument.Value;
            }
            else
            {
                selector = argument.Value;
            }
        }

        var summed = selector is null ? null : SelectedMember(selector) as IPropertySymbol;
        if (selector is not null && (summed is null || !_types.IsMoney(summed.Type)))
        {
            return ParameterSum.None;
        }

        if (PathOf(source, method) is not { } from || PathOf(currency, method) is not { } stated
            || summed is null && from.Member is null)
        {
            // a money collection parameter summed in a currency parameter is the fold's (SumAll(Currency c, params Money[] parts))
            return ParameterSum.None;
        }

        foreach (var operation in body.DescendantsAndSelf())
        {
            foreach (var written in WrittenParameters(operation))
            {
                if (written is not null)
                {
                    // a parameter written may no longer hold what the call gave
                    return ParameterSum.None;
                }
            }
        }

        return new ParameterSum(from.Ordinal, from.Member, summed, stated.Ordinal, stated.Member);
    }

    /// <summary>A method's own parameter taken by value, or a positional property (get-only or <c>init</c>) of one; else null.</summary>
    private static (int Ordinal, IPropertySymbol? Member)? PathOf(IOperation? value, IMethodSymbol method)
    {
        switch (value?.SkipConversions())
        {
            case IParameterReferenceOperation { Parameter: { RefKind: RefKind.None } parameter } when SymbolEqualityComparer.Default.Equals(parameter.ContainingSymbol, method):
                return (parameter.Ordinal, null);
            case IPropertyReferenceOperation { Property: { IsStatic: false, IsIndexer: false } property, Instance: IParameterReferenceOperation { Parameter: { RefKind: RefKind.None } parameter } }
                when SymbolEqualityComparer.Default.Equals(parameter.ContainingSymbol, method) && property.SetMethod is null or { IsInitOnly: true }
                    && Annotations.PositionalParameter(property.OriginalDefinition) is not null:
                return (parameter.Ordinal, property.OriginalDefinition);
            default:
                return null;
        }
    }
}
