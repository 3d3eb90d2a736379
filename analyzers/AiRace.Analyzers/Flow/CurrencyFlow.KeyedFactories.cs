using System;
using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace AiRace.Analyzers;

/// <summary>
/// A method of the compilation whose every return reads one dictionary member by one of its parameters
/// (<c>_caps.GetOrAdd(region, …)</c>, <c>_caps[region]</c>): the parameter's position and the dictionaries read;
/// <see cref="None"/> for any other method.
/// </summary>
internal sealed class KeyedCall
{
    public static readonly KeyedCall None = new(-1, Array.Empty<IOperation>());

    public KeyedCall(int ordinal, IOperation[] dictionaries)
    {
        Ordinal = ordinal;
        Dictionaries = dictionaries;
    }

    /// <summary>The key parameter's ordinal, or -1.</summary>
    public int Ordinal { get; }

    /// <summary>The dictionary each return reads (a field or property of money values).</summary>
    public IOperation[] Dictionaries { get; }
}

/// <summary>
/// Keyed computations (issue 12 §1): a <c>ConcurrentDictionary</c> cache filled only by <c>GetOrAdd</c> given a factory
/// that switches on its key (<c>_caps.GetOrAdd(region, static r =&gt; r switch { "cn" =&gt; yuan, "us" =&gt; dollars, _ =&gt;
/// throw … })</c>) holds under each key what the factory gives for that key: a constant key reads the first arm it
/// matches (a constant of the key's type, or the discard; any other pattern or a <c>when</c> clause makes it unknown).
/// A call of a method whose every return reads the cache by one of its parameters, given a constant for it
/// (<c>service.CapFor("cn")</c>), reads that key. Only under a comparison of keys that tells every two keys apart (no
/// comparer, or an ordinal one), since a key that another key stands for is given that key's factory value.
/// </summary>
internal sealed partial class CurrencyFlow
{
    // factories being worked out on this thread: a factory whose arm reads the cache again is not followed far
    [ThreadStatic]
    private static int t_factoryDepth;

    private FactCache<KeyedCall>? _keyedCalls;

    private FactCache<KeyedCall> KeyedCalls =>
        _keyedCalls ??= Facts<KeyedCall>((s, c) => ComputeKeyedCall((IMethodSymbol)s, c), KeyedCall.None, KeyedCall.None);

    /// <summary>
    /// The switch expression a <c>GetOrAdd(key, valueFactory)</c> call's factory is, when it switches on the factory's
    /// only parameter as it is (<c>r =&gt; r switch { … }</c>); else null.
    /// </summary>
    private static ISwitchExpressionOperation? KeyedFactoryOf(IInvocationOperation getOrAdd)
    {
        if (getOrAdd.Arguments.Length != 2 || ArgumentNamed(getOrAdd, "valueFactory") is not { } factory)
        {
            return null;
        }

        var function = factory.SkipConversions() switch
        {
            IDelegateCreationOperation { Target: IAnonymousFunctionOperation lambda } => lambda,
            IAnonymousFunctionOperation lambda => lambda,
            _ => null,
        };

        if (function is not { Symbol.Parameters.Length: 1, Body.Operations.Length: 1 } || function.Body.Operations[0] is not IReturnOperation { ReturnedValue: { } returned }
            || returned.SkipConversions() is not ISwitchExpressionOperation switched
            || switched.Value is not IParameterReferenceOperation { Parameter: { } key }
            || !SymbolEqualityComparer.Default.Equals(key, function.Symbol.Parameters[0]))
        {
            return null;
        }

        return switched;
    }

    /// <summary>
    /// What a read of a constant key gives from a dictionary whose writes include factories (<see cref="KeyedFactoryOf"/>):
    /// the values written under the key (<see cref="KeyedElements.Written"/>) joined with what each factory gives for it;
    /// null when any of them is not certain, or when the dictionary may take two keys for one. Only for a field that is
    /// assigned nowhere but its declaration (a dictionary assigned elsewhere may have been made with another comparer).
    /// </summary>
    private string? FactoryKeyed(KeyedElements keyed, ISymbol member, object key, CancellationToken cancellationToken)
    {
        if (member is not IFieldSymbol field || AssignedOutsideDeclaration(field, cancellationToken)
            || keyed.Comparison != KeyComparison.Exact && key is string || keyed.Written(key) is not { HasUnknown: false } written || keyed.Factories is not { } factories)
        {
            return null;
        }

        string? code = written.Code;
        foreach (var factory in factories)
        {
            code = Currencies.Join(code, FactoryValue(factory, key, cancellationToken));
            if (code is null)
            {
                return null;
            }
        }

        return code;
    }

    /// <summary>The currency of the first arm of a factory's switch that a constant key matches (none: it throws); null
    /// when an arm before it may or may not match.</summary>
    private string? FactoryValue(ISwitchExpressionOperation switched, object key, CancellationToken cancellationToken)
    {
        foreach (var arm in switched.Arms)
        {
            if (arm.Guard is not null)
            {
                return null;
            }

            switch (arm.Pattern)
            {
                case IDiscardPatternOperation:
                    return ArmValue(arm.Value, cancellationToken);
                case IConstantPatternOperation { Value.ConstantValue: { HasValue: true } constant }:
                    if (constant.Value is null)
                    {
                        // null never matches a constant key
                        continue;
                    }

                    if (constant.Value.GetType() != key.GetType())
                    {
                        return null;
                    }

                    if (Equals(constant.Value, key))
                    {
                        return ArmValue(arm.Value, cancellationToken);
                    }

                    continue;
                default:
                    return null;
            }
        }

        // no arm matches: the switch throws, and the key holds nothing
        return Currencies.None;
    }

    /// <summary>Whether a variable of the field's name is assigned (also in a deconstruction), given by <c>ref</c> or
    /// <c>out</c>, or taken by reference anywhere in the code that can reach it.</summary>
    private bool AssignedOutsideDeclaration(IFieldSymbol field, CancellationToken cancellationToken)
    {
        foreach (var token in _search.Identifiers(field.Name, _search.TreesThatCanReach(field), cancellationToken))
        {
            if (token.Parent is not IdentifierNameSyntax name)
            {
                continue;
            }

            SyntaxNode node = name.Parent is MemberAccessExpressionSyntax access && access.Name == name ? access : name;
            while (node.Parent is ParenthesizedExpressionSyntax or PostfixUnaryExpressionSyntax)
            {
                node = node.Parent;
            }

            if (node.Parent is AssignmentExpressionSyntax assignment && assignment.Left == node
                || node.Parent is ArgumentSyntax { RefKindKeyword.RawKind: not 0 } or ArgumentSyntax { Parent: TupleExpressionSyntax } or RefExpressionSyntax)
            {
                return true;
            }
        }

        return false;
    }

    private string? ArmValue(IOperation value, CancellationToken cancellationToken)
    {
        if (value.SkipConversions() is IThrowOperation)
        {
            return Currencies.None;
        }

        if (t_factoryDepth > 3)
        {
            return null;
        }

        t_factoryDepth++;
        try
        {
            return Value(value, 0, FlowMode.Exact, cancellationToken);
        }
        finally
        {
            t_factoryDepth--;
        }
    }

    /// <summary>
    /// The currency of a call of a method whose every return reads a dictionary by one of its parameters
    /// (<see cref="KeyedCall"/>), given a constant for that parameter: what each dictionary holds under that key; else null.
    /// </summary>
    private string? FromKeyedCall(IInvocationOperation invocation, CancellationToken cancellationToken)
    {
        var method = invocation.TargetMethod;
        if (method.MethodKind != MethodKind.Ordinary || method.IsGenericMethod || method.IsAsync || method.Parameters.IsEmpty || !HasConstantArgument(invocation))
        {
            return null;
        }

        var fact = KeyedCalls.Get(method.OriginalDefinition, cancellationToken);
        if (fact.Ordinal < 0)
        {
            return null;
        }

        foreach (var argument in invocation.Arguments)
        {
            if (argument.Parameter?.Ordinal != fact.Ordinal || argument.ArgumentKind != ArgumentKind.Explicit)
            {
                continue;
            }

            string? code = Currencies.None;
            foreach (var dictionary in fact.Dictionaries)
            {
                code = Currencies.Join(code, KeyedValue(dictionary, argument.Value, null, cancellationToken));
                if (code is null)
                {
                    return null;
                }
            }

            return Currencies.Known(code);
        }

        return null;
    }

    private static bool HasConstantArgument(IInvocationOperation invocation)
    {
        foreach (var argument in invocation.Arguments)
        {
            if (argument.Value.ConstantValue.HasValue)
            {
                return true;
            }
        }

        return false;
    }

    private KeyedCall ComputeKeyedCall(IMethodSymbol method, CancellationToken cancellationToken)
    {
        if (!CanFollowBody(method) || !_search.IsOwn(method) || method.IsAsync || !_types.IsMoney(method.ReturnType)
            || BodyOf(method, cancellationToken) is not { } body)
        {
            return KeyedCall.None;
        }

        IParameterSymbol? parameter = null;
        var dictionaries = new List<IOperation>();
        foreach (var returned in ReturnedValues(body.SyntaxTree, body, cancellationToken))
        {
            IOperation? dictionary;
            IOperation? key;
            switch (returned?.SkipConversions())
            {
                case IInvocationOperation { TargetMethod.Name: "GetOrAdd", Instance: { } instance, Arguments.Length: 2 } getOrAdd when IsConcurrent(getOrAdd.TargetMethod.ContainingType):
                    dictionary = instance;
                    key = ArgumentNamed(getOrAdd, "key");
                    break;
                case IPropertyReferenceOperation { Property.IsIndexer: true, Instance: { } instance, Arguments.Length: 1 } indexer when IsDictionary(instance.Type):
                    dictionary = instance;
                    key = indexer.Arguments[0].Value;
                    break;
                default:
                    return KeyedCall.None;
            }

            if (dictionary.SkipConversions() is not (IFieldReferenceOperation or IPropertyReferenceOperation { Property.IsIndexer: false })
                || key is not IParameterReferenceOperation { Parameter: { } read }
                || !SymbolEqualityComparer.Default.Equals(read.ContainingSymbol, method)
                || parameter is not null && !SymbolEqualityComparer.Default.Equals(parameter, read)
                || dictionary.Type is not INamedTypeSymbol { TypeArguments.Length: 2 } dictionaryType
                || !SymbolEqualityComparer.Default.Equals(dictionaryType.TypeArguments[0], read.Type))
            {
                return KeyedCall.None;
            }

            parameter = read;
            dictionaries.Add(dictionary);
        }

        if (parameter is null || parameter.RefKind != RefKind.None || parameter.IsParams
            || IsWrittenIn(method.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken), parameter.Name, ofTypeParameter: false, cancellationToken))
        {
            return KeyedCall.None;
        }

        return new KeyedCall(parameter.Ordinal, dictionaries.ToArray());
    }
}
