using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace AiRace.Analyzers;

/// <summary>
/// Exchange rates kept in a collection (<c>SortedList&lt;DateOnly, ExchangeRate&gt; _cnyToUsd = new() { [yearEnd] = new
/// ExchangeRate(Currency.CNY, Currency.USD, …) }</c>) read by any key or index: when every rate its initializer puts
/// there has the same two currencies and every other use only reads it, a rate read from it has them. A method of the
/// code whose every return converts one of its money parameters at such a rate (<c>Money YuanToUsd(Money yuan, DateOnly
/// on) =&gt; _cnyToUsd[on].Convert(yuan).Result</c>) gives, at each call, the other currency of the rate than the
/// argument's.
/// </summary>
internal sealed partial class CurrencyFlow
{
    // the base and quote currencies every rate a collection member holds has (nulls when not certain)
    private FactCache<KeptRates>? _keptRates;

    private FactCache<KeptRates> KeptRateFacts => _keptRates ??= Facts<KeptRates>((symbol, token) => ComputeKeptRates(symbol, token), KeptRates.Unknown, KeptRates.Unknown);

    /// <summary>The two currencies of a rate read from a collection of rates (see the type's summary); nulls for any
    /// other read.</summary>
    private (string? Base, string? Quote) KeptRate(IOperation? read, CancellationToken cancellationToken)
    {
        var collection = read.SkipConversions() switch
        {
            IPropertyReferenceOperation { Property.IsIndexer: true, Arguments.Length: 1, Instance: { } instance } => instance,
            IArrayElementReferenceOperation { ArrayReference: { } array, Indices.Length: 1 } => array,
            _ => null,
        };

        ISymbol? symbol = collection.SkipConversions() switch
        {
            IFieldReferenceOperation field => field.Field,
            IPropertyReferenceOperation { Property.IsIndexer: false } property => property.Property,
            _ => null,
        };

        if (symbol is null)
        {
            return (null, null);
        }

        var kept = KeptRateFacts.Get(symbol.OriginalDefinition, cancellationToken);
        return (kept.Base, kept.Quote);
    }

    private KeptRates ComputeKeptRates(ISymbol symbol, CancellationToken cancellationToken)
    {
        var type = symbol switch
        {
            IFieldSymbol { IsReadOnly: true, IsConst: false } field => field.Type,
            IPropertySymbol { SetMethod: null, IsVirtual: false, IsAbstract: false, IsOverride: false, IsIndexer: false } property => property.Type,
            _ => null,
        };

        if (type is null || !IsRateCollection(type) || symbol.DeclaringSyntaxReferences.Length != 1 || !_search.IsOwn(symbol)
            || Declared(symbol) is not null || MayBeFilledMember(symbol, cancellationToken))
        {
            return KeptRates.Unknown;
        }

        var syntax = symbol.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken);
        Microsoft.CodeAnalysis.CSharp.Syntax.ExpressionSyntax? initializer = syntax switch
        {
            Microsoft.CodeAnalysis.CSharp.Syntax.VariableDeclaratorSyntax declarator => declarator.Initializer?.Value,
            Microsoft.CodeAnalysis.CSharp.Syntax.PropertyDeclarationSyntax { AccessorList: { } accessors } declaration when AllAuto(accessors) => declaration.Initializer?.Value,
            _ => null,
        };

        if (initializer is null || _search.ModelOf(syntax.SyntaxTree).GetOperation(initializer, cancellationToken) is not { } initial)
        {
            return KeptRates.Unknown;
        }

        string? baseCode = Currencies.None;
        string? quoteCode = Currencies.None;
        if (!AddInitialRates(initial, ref baseCode, ref quoteCode, cancellationToken) || Currencies.Known(baseCode) is null || Currencies.Known(quoteCode) is null)
        {
            return KeptRates.Unknown;
        }

        // every other use only reads it: no rate is added, replaced or handed on to be written
        foreach (var (reference, effect) in Uses(symbol, cancellationToken, null))
        {
            if (!ReferenceEquals(effect, Elements.None) || reference.Parent is IAssignmentOperation { } assignment && assignment.Target == reference
                || reference.Parent is IPropertyReferenceOperation { Property.IsIndexer: true } slot && slot.Parent is IAssignmentOperation { } written && written.Target == slot
                || reference.Parent is IArrayElementReferenceOperation element && element.Parent is IAssignmentOperation { } replaced && replaced.Target == element
                || reference.Parent is IArgumentOperation { Parameter.RefKind: not RefKind.None })
            {
                return KeptRates.Unknown;
            }
        }

        return new KeptRates(baseCode, quoteCode);
    }

    /// <summary>The rates a collection is created with (an initializer of indexer writes or <c>Add</c> calls, a
    /// collection expression, an array's initializer), each a <c>new ExchangeRate(…)</c>: their currencies joined into
    /// <paramref name="baseCode"/> and <paramref name="quoteCode"/>; false for anything else.</summary>
    private bool AddInitialRates(IOperation initial, ref string? baseCode, ref string? quoteCode, CancellationToken cancellationToken)
    {
        switch (initial.SkipConversions())
        {
            case IObjectCreationOperation { Initializer: { } initializer } creation:
                foreach (var argument in creation.Arguments)
                {
                    if (argument.Parameter?.Type.SpecialType != SpecialType.System_Int32 && argument.Parameter?.Name != "comparer")
                    {
                        // another collection copied in
                        return false;
                    }
                }

                foreach (var item in initializer.Initializers)
                {
                    var rate = item switch
                    {
                        ISimpleAssignmentOperation { IsRef: false, Target: IPropertyReferenceOperation { Property.IsIndexer: true } } assignment => assignment.Value,
                        IInvocationOperation { TargetMethod.Name: "Add", Arguments.Length: 1 or 2 } add => add.Arguments[add.Arguments.Length - 1].Value,
                        _ => null,
                    };

                    if (!AddRate(rate, ref baseCode, ref quoteCode, cancellationToken))
                    {
                        return false;
                    }
                }

                return true;
            case ICollectionExpressionOperation collection:
                foreach (var element in collection.Elements)
                {
                    if (!AddRate(element, ref baseCode, ref quoteCode, cancellationToken))
                    {
                        return false;
                    }
                }

                return true;
            case IArrayCreationOperation { Initializer: { } arrayInitializer }:
                foreach (var element in arrayInitializer.ElementValues)
                {
                    if (!AddRate(element, ref baseCode, ref quoteCode, cancellationToken))
                    {
                        return false;
                    }
                }

                return true;
            default:
                return false;
        }
    }

    private bool AddRate(IOperation? rate, ref string? baseCode, ref string? quoteCode, CancellationToken cancellationToken)
    {
        if (rate.SkipConversions() is not IObjectCreationOperation creation)
        {
            return false;
        }

        var (given, quoted) = CreatedRate(creation, 0, FlowMode.Exact, cancellationToken);
        baseCode = Currencies.Join(baseCode, given);
        quoteCode = Currencies.Join(quoteCode, quoted);
        return baseCode is not null && quoteCode is not null;
    }

    /// <summary>A dictionary, list or array of <c>ExchangeRate</c> of the framework.</summary>
    private bool IsRateCollection(ITypeSymbol type) => type switch
    {
        IArrayTypeSymbol { Rank: 1, ElementType: INamedTypeSymbol element } => IsExchangeRate(element),
        INamedTypeSymbol { Name: "Dictionary" or "SortedDictionary" or "SortedList" or "IReadOnlyDictionary" or "IDictionary", TypeArguments.Length: 2 } dictionary
            => IsCollectionNamespace(dictionary.ContainingNamespace) && IsExchangeRate(dictionary.TypeArguments[1] as INamedTypeSymbol),
        INamedTypeSymbol { Name: "List" or "IReadOnlyList", TypeArguments.Length: 1 } list
            => IsCollectionNamespace(list.ContainingNamespace) && IsExchangeRate(list.TypeArguments[0] as INamedTypeSymbol),
        _ => false,
    };

    // the money parameter every return of a method converts, and the two currencies of the rates it converts at
    private FactCache<KeptRates>? _convertingReturns;

    private FactCache<KeptRates> ConvertingReturns => _convertingReturns ??= Facts<KeptRates>((symbol, token) => ComputeConvertingReturn((IMethodSymbol)symbol, token), KeptRates.Unknown, KeptRates.Unknown);

    /// <summary>
    /// The currency of a call of a method of the code whose every return converts one of its money parameters, which
    /// nothing in the body writes, at a rate whose two currencies are known there
    /// (<c>=&gt; _cnyToUsd[on].Convert(yuan).Result</c>, <c>=&gt; yuan.ConvertAt(rate).Result</c>): the rate's other currency
    /// than the argument's; null otherwise.
    /// </summary>
    private string? FromConvertingReturn(IInvocationOperation invocation, int depth, FlowMode mode, CancellationToken cancellationToken)
    {
        var method = invocation.TargetMethod.OriginalDefinition;
        if (depth > MaxDepth || !_types.IsMoney(method.ReturnType) || method.IsGenericMethod || method.DeclaringSyntaxReferences.Length != 1)
        {
            return null;
        }

        var converting = ConvertingReturns.Get(method, cancellationToken);
        if (converting.Ordinal < 0 || converting.Base is not { } from || converting.Quote is not { } to)
        {
            return null;
        }

        var argument = Currencies.Known(ArgumentFor(invocation.TargetMethod, invocation.Instance, invocation.Arguments, converting.Ordinal, depth + 1, mode, cancellationToken));
        return argument == from ? to : argument == to ? from : null;
    }

    private KeptRates ComputeConvertingReturn(IMethodSymbol method, CancellationToken cancellationToken)
    {
        // cheap refusal first: a body that names no conversion
        if (!CanFollowBody(method) || !_search.IsOwn(method) || BodyOf(method, cancellationToken) is not { } syntax || !NamesConversion(syntax)
            || _search.ModelOf(syntax.SyntaxTree).GetOperation(syntax, cancellationToken) is not { } body)
        {
            return KeptRates.Unknown;
        }

        int ordinal = -1;
        string? baseCode = Currencies.None;
        string? quoteCode = Currencies.None;
        foreach (var returned in ReturnedValues(syntax.SyntaxTree, syntax, cancellationToken))
        {
            if (returned.SkipConversions() is not IPropertyReferenceOperation { Property.Name: "Result" or "RoundedResult", Instance: { } instance } result
                || !_types.IsConversion(result.Property.ContainingType)
                || instance.SkipImplicitConversions() is not IInvocationOperation { Arguments.Length: 1 } convert)
            {
                return KeptRates.Unknown;
            }

            var (rate, money) = convert.TargetMethod.Name switch
            {
                "Convert" when IsExchangeRate(convert.TargetMethod.ContainingType) => (convert.Instance, convert.Arguments[0].Value),
                "ConvertAt" when convert.TargetMethod.IsOn(_types.Money) => (convert.Arguments[0].Value, convert.Instance),
                _ => (null, null),
            };

            if (rate is null || money.SkipConversions() is not IParameterReferenceOperation { Parameter: { RefKind: RefKind.None } parameter }
                || !SymbolEqualityComparer.Default.Equals(parameter.ContainingSymbol.OriginalDefinition, method) || ordinal >= 0 && ordinal != parameter.Ordinal)
            {
                return KeptRates.Unknown;
            }

            ordinal = parameter.Ordinal;
            var (given, quoted) = RateCurrencies(rate, 1, FlowMode.Exact, cancellationToken);
            baseCode = Currencies.Join(baseCode, given);
            quoteCode = Currencies.Join(quoteCode, quoted);
            if (baseCode is null || quoteCode is null)
            {
                return KeptRates.Unknown;
            }
        }

        return ordinal < 0 || Currencies.Known(baseCode) is not { } from || Currencies.Known(quoteCode) is not { } to || WritesParameterIn(body, method.Parameters[ordinal])
            ? KeptRates.Unknown
            : new KeptRates(from, to, ordinal);
    }

    /// <summary>Whether a body names <c>Convert</c> or <c>ConvertAt</c>.</summary>
    private static bool NamesConversion(SyntaxNode body)
    {
        foreach (var token in body.DescendantTokens())
        {
            if (token.RawKind == (int)Microsoft.CodeAnalysis.CSharp.SyntaxKind.IdentifierToken && token.ValueText is "Convert" or "ConvertAt")
            {
                return true;
            }
        }

        return false;
    }
}

/// <summary>The two currencies every rate a collection member holds has, or those of the rates a method converts one of
/// its parameters at (see <see cref="CurrencyFlow"/>).</summary>
internal sealed class KeptRates
{
    /// <summary>Not known.</summary>
    public static readonly KeptRates Unknown = new(null, null);

    public KeptRates(string? baseCode, string? quoteCode, int ordinal = -1)
    {
        Base = baseCode;
        Quote = quoteCode;
        Ordinal = ordinal;
    }

    /// <summary>For a method that converts a parameter: its position, else -1.</summary>
    public int Ordinal { get; }

    /// <summary>The base currency of every rate, or null.</summary>
    public string? Base { get; }

    /// <summary>The quote currency of every rate, or null.</summary>
    public string? Quote { get; }
}
