using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace AiRace.Analyzers;

/// <summary>Two money values a property's getter combines or compares, and how the getter writes it.</summary>
internal sealed class GetterPair
{
    public GetterPair(IOperation left, IOperation right, string what)
    {
        Left = left;
        Right = right;
        What = what;
    }

    /// <summary>The left (or first) operand.</summary>
    public IOperation Left { get; }

    /// <summary>The right (or second) operand.</summary>
    public IOperation Right { get; }

    /// <summary>The combination as the getter writes it (<c>high - low</c>).</summary>
    public string What { get; }
}

/// <summary>
/// A property read on an object just made (issue 12 §1): <c>new Spread(yuan, dollars).Width</c>, where <c>Width =&gt;
/// high - low</c> combines the class's two primary-constructor parameters. The creation's arguments give those
/// parameters' currencies for this read, although the class's other creations give them others; the read is where the
/// two currencies meet.
/// </summary>
internal sealed partial class CurrencyFlow
{
    private static readonly GetterPair[] NoGetterPairs = System.Array.Empty<GetterPair>();

    private FactCache<GetterPair[]>? _getterPairs;

    private FactCache<GetterPair[]> GetterPairs => _getterPairs ??= Facts<GetterPair[]>((s, c) => ComputeGetterPairs((IMethodSymbol)s, c), NoGetterPairs, NoGetterPairs);

    /// <summary>
    /// The two currencies a property's getter mixes when read on <paramref name="reference"/>'s receiver: the receiver is
    /// <c>new T(…)</c> of exactly the property's class (not generic, of this compilation) with its primary constructor and
    /// no initializer, or a call of a method of this compilation whose every return is one; the property is not static,
    /// virtual, abstract or an override; the getter combines or compares, on every read (<see cref="RunsOnEveryCall"/>),
    /// two values made only of primary-constructor parameters that nothing assigns, reads
    /// no currency, and every creation gives each side one known currency, the two sides different. A pair whose sides
    /// every creation of the compilation agrees on is the getter's own finding. Null for anything else.
    /// </summary>
    public (string What, string First, string Second)? CreatedGetterMix(IPropertyReferenceOperation reference, FlowMode mode, CancellationToken cancellationToken)
    {
        var property = reference.Property;
        var receiver = reference.Instance?.SkipConversions();
        if (receiver is not (IObjectCreationOperation or IInvocationOperation) || property.IsStatic || property.IsIndexer || property.IsVirtual || property.IsAbstract
            || property.IsOverride || property.GetMethod is not { } getter || property.ContainingType is not { IsGenericType: false, TypeKind: TypeKind.Class } type
            || !_search.IsOwn(type) || reference.Parent is IAssignmentOperation assignment && assignment.Target == reference)
        {
            return null;
        }

        var pairs = GetterPairs.Get(getter.OriginalDefinition, cancellationToken);
        if (pairs.Length == 0 || CreationsOf(receiver, type, cancellationToken) is not { } creations)
        {
            return null;
        }

        foreach (var pair in pairs)
        {
            if (Resolve(pair.Left, mode, cancellationToken) is not null && Resolve(pair.Right, mode, cancellationToken) is not null)
            {
                // every creation agrees: the getter's own operation reports it
                continue;
            }

            string? left = Currencies.None;
            string? right = Currencies.None;
            foreach (var creation in creations)
            {
                left = Currencies.Join(left, CreatedOperand(pair.Left, creation, type, 0, mode, cancellationToken));
                right = Currencies.Join(right, CreatedOperand(pair.Right, creation, type, 0, mode, cancellationToken));
                if (left is null || right is null)
                {
                    break;
                }
            }

            if (Currencies.Known(left) is { } first && Currencies.Known(right) is { } second && first != second)
            {
                return (property.Name + ": " + pair.What, first, second);
            }
        }

        return null;
    }

    private GetterPair[] ComputeGetterPairs(IMethodSymbol getter, CancellationToken cancellationToken)
    {
        if (getter.MethodKind != MethodKind.PropertyGet || OwnBodyOperation(getter, cancellationToken) is not { } body)
        {
            return NoGetterPairs;
        }

        List<GetterPair>? pairs = null;
        foreach (var descendant in OwnOperations(body))
        {
            if (CurrencyGuards.CurrencyReadOf(descendant, _types) is not null)
            {
                // a getter that reads a currency may handle a mismatch itself
                return NoGetterPairs;
            }

            if (Combined(descendant, genericMath: false) is not { } combined || !RunsOnEveryCall(descendant, body)
                || !OfConstructorParameters(combined.Left, getter.ContainingType) || !OfConstructorParameters(combined.Right, getter.ContainingType))
            {
                continue;
            }

            string left = combined.Left.Syntax.ToString();
            string right = combined.Right.Syntax.ToString();
            (pairs ??= new List<GetterPair>()).Add(new GetterPair(combined.Left, combined.Right,
                combined.Infix ? left + " " + combined.What + " " + right : combined.What + "(" + left + ", " + right + ")"));
        }

        return pairs is null ? NoGetterPairs : pairs.ToArray();
    }

    /// <summary>Whether a value is made only of primary-constructor parameters of the type (through Money's operators).</summary>
    private bool OfConstructorParameters(IOperation value, INamedTypeSymbol type) => value.SkipConversions() switch
    {
        IParameterReferenceOperation { Parameter: { ContainingSymbol: IMethodSymbol { MethodKind: MethodKind.Constructor } constructor } parameter } =>
            _types.IsMoney(parameter.Type) && SymbolEqualityComparer.Default.Equals(constructor.ContainingType, type),
        IBinaryOperation { OperatorMethod: { } combining } combined when _types.IsMoney(combined.Type) && combining.IsOn(_types.Money) =>
            OfConstructorParameters(combined.LeftOperand, type) && OfConstructorParameters(combined.RightOperand, type),
        _ => false,
    };
}
