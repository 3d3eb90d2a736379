using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace AiRace.Analyzers;

/// <summary>
/// Which two elements of a collection argument a <see cref="ParameterPair"/> of list-pattern variables stands for
/// (<c>figures switch { [] =&gt; …, [var one] =&gt; …, [var low, .., var high] =&gt; high - low }</c>): each counted from the
/// start or from the end, for the lengths the arm is the first to match.
/// </summary>
internal sealed class ElementPick
{
    private readonly ImmutableArray<(int Length, bool Open)> _arms;

    public ElementPick(int first, bool firstFromEnd, int second, bool secondFromEnd, ImmutableArray<(int Length, bool Open)> arms)
    {
        First = first;
        FirstFromEnd = firstFromEnd;
        Second = second;
        SecondFromEnd = secondFromEnd;
        _arms = arms;
    }

    /// <summary>The first element's position (from the end: 1 is the last).</summary>
    public int First { get; }

    /// <summary>Whether <see cref="First"/> counts from the end.</summary>
    public bool FirstFromEnd { get; }

    /// <summary>The second element's position (from the end: 1 is the last).</summary>
    public int Second { get; }

    /// <summary>Whether <see cref="Second"/> counts from the end.</summary>
    public bool SecondFromEnd { get; }

    /// <summary>
    /// The two elements of a collection written out at the call (a collection expression or an array's initializer with no
    /// spread) that the pair's variables hold, when the pair's arm is the first to match its length; else null.
    /// </summary>
    public (IOperation First, IOperation Second)? Of(IOperation? argument)
    {
        if (argument is null)
        {
            return null;
        }

        var elements = CurrencyFlow.ArrayBehindSpan(argument).SkipConversions() switch
        {
            ICollectionExpressionOperation listed => listed.Elements,
            IArrayCreationOperation { Initializer: { } initializer, DimensionSizes.Length: 1 } => initializer.ElementValues,
            _ => default,
        };
        if (elements.IsDefault)
        {
            return null;
        }

        foreach (var element in elements)
        {
            if (element is ISpreadOperation)
            {
                return null;
            }
        }

        int count = elements.Length;
        for (int arm = 0; arm < _arms.Length; arm++)
        {
            if (_arms[arm].Open ? count >= _arms[arm].Length : count == _arms[arm].Length)
            {
                // the first arm to match the length runs: the pair's arm is the last one listed
                if (arm != _arms.Length - 1)
                {
                    return null;
                }

                int first = FirstFromEnd ? count - First : First, second = SecondFromEnd ? count - Second : Second;
                return first >= 0 && first < count && second >= 0 && second < count && first != second ? (elements[first], elements[second]) : null;
            }
        }

        return null;
    }
}

internal sealed partial class CurrencyFlow
{
    /// <summary>A cheap first look: whether a method has a money collection parameter taken by value that a list pattern may read.</summary>
    private bool MayPickElements(IMethodSymbol method)
    {
        foreach (var parameter in method.Parameters)
        {
            if (parameter.RefKind == RefKind.None && !parameter.IsParams && ValueTypeOf(parameter.Type) is { } element && _types.IsMoney(element) && !IsDictionary(parameter.Type))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The pairs of a method whose body switches on a money collection parameter it reads nowhere else, with arms of list
    /// patterns of <c>var</c> and discard elements (an optional slice) and no <c>when</c> clause: in an arm, Money's
    /// operators over two of its variables (<c>high - low</c>) combine the elements at their positions, for the lengths
    /// that arm is the first to match. Added to <paramref name="pairs"/>.
    /// </summary>
    private ParameterPair[] WithListPatternPairs(IMethodSymbol method, IOperation body, ParameterPair[] pairs)
    {
        if (!MayPickElements(method))
        {
            return pairs;
        }

        List<ParameterPair>? added = null;
        ForEachListPatternArm(method, body, (parameter, list, value, arms) => AddArmPairs(ref added, method, parameter, list, value, arms));

        if (added is null)
        {
            return pairs;
        }

        var all = new List<ParameterPair>(pairs);
        all.AddRange(added);
        return all.ToArray();
    }

    /// <summary>
    /// Visits every arm of a <c>switch</c> expression of <paramref name="body"/> on a collection parameter of
    /// <paramref name="method"/> that the body reads nowhere else, up to the first arm that is not a list pattern of
    /// <c>var</c> and discard elements without a <c>when</c> clause: the parameter, the arm's pattern, its value, and the
    /// shapes of the arms up to and including it (for which lengths the arm is the first to match).
    /// </summary>
    private void ForEachListPatternArm(IMethodSymbol method, IOperation body, Action<IParameterSymbol, IListPatternOperation, IOperation, ImmutableArray<(int Length, bool Open)>> visit)
    {
        foreach (var operation in OwnOperations(body))
        {
            if (operation is not ISwitchExpressionOperation { Value: var switched } switchOn
                || switched.SkipConversions() is not IParameterReferenceOperation { Parameter: { RefKind: RefKind.None } parameter }
                || !SymbolEqualityComparer.Default.Equals(parameter.ContainingSymbol, method) || !ReadOnlyHere(parameter, body, switched))
            {
                continue;
            }

            var arms = ImmutableArray.CreateBuilder<(int Length, bool Open)>();
            foreach (var arm in switchOn.Arms)
            {
                if (arm.Guard is not null || arm.Pattern is not IListPatternOperation list || Shape(list) is not { } shape)
                {
                    break;
                }

                arms.Add(shape);
                visit(parameter, list, arm.Value, arms.ToImmutable());
            }
        }
    }

    /// <summary>Whether the only read of a parameter in a body is the one given (nothing else may write its elements).</summary>
    private static bool ReadOnlyHere(IParameterSymbol parameter, IOperation body, IOperation read)
    {
        foreach (var operation in body.DescendantsAndSelf())
        {
            if (operation is IParameterReferenceOperation other && !ReferenceEquals(other, read) && SymbolEqualityComparer.Default.Equals(other.Parameter, parameter))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The lengths a list pattern of <c>var</c> and discard elements matches (its fixed elements, open with a slice of no pattern); else null.</summary>
    private static (int Length, bool Open)? Shape(IListPatternOperation list)
    {
        int fixedCount = 0;
        bool open = false;
        foreach (var pattern in list.Patterns)
        {
            switch (pattern)
            {
                case ISlicePatternOperation { Pattern: null } when !open:
                    open = true;
                    break;
                case IDiscardPatternOperation:
                case IDeclarationPatternOperation { MatchesNull: true }:
                    fixedCount++;
                    break;
                default:
                    return null;
            }
        }

        return list.DeclaredSymbol is null ? (fixedCount, open) : null;
    }

    /// <summary>The pairs Money's operators make of two of an arm's variables in the arm's value (not inside a lambda).</summary>
    private void AddArmPairs(ref List<ParameterPair>? added, IMethodSymbol method, IParameterSymbol parameter, IListPatternOperation list, IOperation value, ImmutableArray<(int Length, bool Open)> arms)
    {
        foreach (var operation in OwnOperations(value))
        {
            if (operation is not IBinaryOperation { OperatorMethod: { } operatorMethod } binary || !operatorMethod.IsOn(_types.Money)
                || !_types.IsMoney(binary.LeftOperand.Type) || !_types.IsMoney(binary.RightOperand.Type)
                || Position(list, Scaled(binary.LeftOperand)) is not { } first || Position(list, Scaled(binary.RightOperand)) is not { } second
                || first.Index == second.Index && first.FromEnd == second.FromEnd || UsedOtherwiseIn(value, binary.LeftOperand) || UsedOtherwiseIn(value, binary.RightOperand))
            {
                continue;
            }

            int position = ExtensionBlocks.PositionOf(parameter, method);
            var pair = new ParameterPair(position, position, binary.Syntax.ToString(),
                new ElementPick(first.Index, first.FromEnd, second.Index, second.FromEnd, arms));
            (added ??= new List<ParameterPair>()).Add(pair);
        }
    }

    /// <summary>The position a local declared by one of a list pattern's elements takes (counted from the end after a slice); else null.</summary>
    private static (int Index, bool FromEnd)? Position(IListPatternOperation list, IOperation? read)
    {
        if (read.SkipConversions() is not ILocalReferenceOperation { Local: { } local })
        {
            return null;
        }

        var patterns = list.Patterns;
        int slice = -1;
        for (int i = 0; i < patterns.Length; i++)
        {
            if (patterns[i] is ISlicePatternOperation)
            {
                slice = i;
            }
        }

        for (int i = 0; i < patterns.Length; i++)
        {
            if (patterns[i] is IDeclarationPatternOperation { DeclaredSymbol: { } declared } && SymbolEqualityComparer.Default.Equals(declared, local))
            {
                return slice >= 0 && i > slice ? (patterns.Length - i, true) : (i, false);
            }
        }

        return null;
    }

    /// <summary>
    /// Whether a local an operand reads is used anywhere in an arm's value other than as an operand of Money's operators
    /// (negated or scaled on the way): assigned, taken by reference, its currency tested (<c>low.Currency == high.Currency
    /// ? high - low : …</c>), handed to a method (<c>Same(a, b) ? a + b : a</c>) or matched by a pattern; the arm may then
    /// handle a mismatch itself. With <paramref name="throughMember"/>, every use must first read a money member of the
    /// local (<c>last.Amount - first.Amount</c>), and that member is then held to the same test.
    /// </summary>
    private bool UsedOtherwiseIn(IOperation value, IOperation operand, bool throughMember = false)
    {
        if (operand.SkipConversions() is not ILocalReferenceOperation { Local: { } local })
        {
            return true;
        }

        foreach (var operation in value.DescendantsAndSelf())
        {
            if (operation is not ILocalReferenceOperation other || !SymbolEqualityComparer.Default.Equals(other.Local, local))
            {
                continue;
            }

            IOperation current = other;
            if (throughMember)
            {
                if (current.Parent is not IPropertyReferenceOperation { Property: { IsStatic: false, IsIndexer: false } } member
                    || !ReferenceEquals(member.Instance, current))
                {
                    return true;
                }

                if (!_types.IsMoney(member.Type))
                {
                    if (CarriesNoCurrency(member.Type))
                    {
                        continue;
                    }

                    return true;
                }

                current = member;
            }

            while (current.Parent is IConversionOperation or IParenthesizedOperation
                || current.Parent is IUnaryOperation { OperatorKind: UnaryOperatorKind.Minus or UnaryOperatorKind.Plus } && _types.IsMoney(current.Parent.Type)
                || current.Parent is IBinaryOperation { OperatorKind: BinaryOperatorKind.Multiply or BinaryOperatorKind.Divide } scale && _types.IsMoney(scale.Type)
                    && _types.IsMoney(scale.LeftOperand.Type) != _types.IsMoney(scale.RightOperand.Type))
            {
                current = current.Parent;
            }

            if (current.Parent is not IBinaryOperation { OperatorMethod: { } combining } combined || !combining.IsOn(_types.Money)
                || !_types.IsMoney(combined.LeftOperand.Type) || !_types.IsMoney(combined.RightOperand.Type))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether a member's type can hold no currency: a primitive other than <c>string</c> (a text may hold a currency's
    /// code), or a struct of the <c>System</c> namespace (<c>DateOnly</c>, <c>DateTime</c>, <c>TimeSpan</c>); reading
    /// such a member of a picked element (<c>first.Due</c>) cannot test or handle the element's currency.
    /// </summary>
    private static bool CarriesNoCurrency(ITypeSymbol? type) =>
        type is not null && (type.SpecialType is not SpecialType.None and not SpecialType.System_String and not SpecialType.System_Object
            || type.TypeKind == TypeKind.Struct && type.ContainingNamespace is { Name: "System", ContainingNamespace.IsGlobalNamespace: true });
}
