using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace AiRace.Analyzers;

/// <summary>Small, allocation-free helpers over the operation tree.</summary>
internal static class OperationHelpers
{
    /// <summary>The text of an operator Money defines that needs both sides in one currency (<c>+</c>, <c>&lt;</c>, …), or null.</summary>
    [MethodImpl(Hot.Path)]
    public static string? MoneyOperatorText(this BinaryOperatorKind kind) => kind switch
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

    /// <summary>Looks through implicit and explicit conversions and parentheses.</summary>
    [MethodImpl(Hot.Path)]
    public static IOperation? SkipConversions(this IOperation? operation)
    {
        while (true)
        {
            switch (operation)
            {
                case IConversionOperation conversion when conversion.OperatorMethod is null:
                    operation = conversion.Operand;
                    break;
                case IParenthesizedOperation parenthesized:
                    operation = parenthesized.Operand;
                    break;
                default:
                    return operation;
            }
        }
    }

    /// <summary>Looks through implicit conversions and parentheses only.</summary>
    [MethodImpl(Hot.Path)]
    public static IOperation? SkipImplicitConversions(this IOperation? operation)
    {
        while (operation is not null)
        {
            switch (operation.Kind)
            {
                case OperationKind.Conversion when operation.IsImplicit && ((IConversionOperation)operation).OperatorMethod is null:
                    operation = ((IConversionOperation)operation).Operand;
                    break;
                case OperationKind.Parenthesized:
                    operation = ((IParenthesizedOperation)operation).Operand;
                    break;
                default:
                    return operation;
            }
        }

        return null;
    }

    /// <summary>The argument given for a parameter name, or null.</summary>
    [MethodImpl(Hot.Path)]
    public static IArgumentOperation? ArgumentFor(this System.Collections.Immutable.ImmutableArray<IArgumentOperation> arguments, string parameterName)
    {
        foreach (var argument in arguments)
        {
            if (argument.Parameter?.Name == parameterName)
            {
                return argument;
            }
        }

        return null;
    }

    /// <summary>
    /// The argument given for the parameter at an ordinal, or null: <c>Arguments</c> are in the order written, so
    /// <c>Math.Round(decimals: 2, d: price)</c> has its value second.
    /// </summary>
    [MethodImpl(Hot.Path)]
    public static IArgumentOperation? ArgumentAt(this System.Collections.Immutable.ImmutableArray<IArgumentOperation> arguments, int ordinal)
    {
        foreach (var argument in arguments)
        {
            if (argument.Parameter?.Ordinal == ordinal)
            {
                return argument;
            }
        }

        return null;
    }

    /// <summary>The value of a numeric constant as a decimal, or null for anything else.</summary>
    [MethodImpl(Hot.Path)]
    public static decimal? ConstantDecimal(this IOperation? operation)
    {
        if (operation is null)
        {
            return null;
        }

        var constant = operation.ConstantValue;
        if (!constant.HasValue)
        {
            return null;
        }

        // decimal and int are nearly every constant given to a factory; the rest are converted out of line, so this
        // method stays small to JIT-compile (it is inlined into the rules)
        return constant.Value switch
        {
            decimal d => d,
            int i => i,
            null => null,
            var other => OtherNumber(other),
        };
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static decimal? OtherNumber(object value)
    {
        try
        {
            switch (value)
            {
                case long l:
                    return l;
                case uint ui:
                    return ui;
                case ulong ul:
                    return ul;
                case short s:
                    return s;
                case ushort us:
                    return us;
                case byte b:
                    return b;
                case sbyte sb:
                    return sb;
                case double dbl when !double.IsNaN(dbl) && !double.IsInfinity(dbl) && System.Math.Abs(dbl) < 7.9e27:
                    return (decimal)dbl;
                case float f when !float.IsNaN(f) && !float.IsInfinity(f) && System.Math.Abs(f) < 7.9e27f:
                    return (decimal)f;
                default:
                    return null;
            }
        }
        catch (System.OverflowException)
        {
            return null;
        }
    }

    /// <summary>Whether a method is declared on the given type.</summary>
    [MethodImpl(Hot.Path)]
    public static bool IsOn(this IMethodSymbol? method, INamedTypeSymbol? type) =>
        method is not null && type is not null && KnownTypes.IsDefinitionOf(method.ContainingType, type);

    /// <summary>
    /// Whether a parameter's name says it takes a currency (<c>currency</c>, <c>currencyCode</c>, <c>baseCurrency</c>…):
    /// a text parameter so named takes a currency code, for the rules that read codes and for AIR0001.
    /// </summary>
    public static bool NamesCurrency(this IParameterSymbol parameter) =>
        parameter.Name.IndexOf("urrency", System.StringComparison.OrdinalIgnoreCase) >= 0;

    /// <summary>Whether a reference may write what it refers to: the target of an assignment (also through a
    /// deconstruction), an increment, a <c>ref</c> or <c>out</c> argument (or one whose parameter is unknown), or the
    /// operand of <c>&amp;</c>.</summary>
    public static bool MayWrite(this IOperation reference)
    {
        IOperation use = reference;
        while (use.Parent is ITupleOperation tuple)
        {
            use = tuple;
        }

        return use.Parent switch
        {
            IAssignmentOperation assignment => assignment.Target == use,
            IIncrementOrDecrementOperation => true,
            IArgumentOperation argument => argument.Parameter?.RefKind is RefKind.Ref or RefKind.Out or null,
            IAddressOfOperation => true,
            _ => false,
        };
    }

    /// <summary>What a lambda whose whole body is one <c>return</c> returns (<c>x =&gt; expr</c>), conversions kept; else null.</summary>
    public static IOperation? OnlyReturned(this IAnonymousFunctionOperation lambda) =>
        lambda.Body.Operations.Length == 1 && lambda.Body.Operations[0] is IReturnOperation { ReturnedValue: { } returned } ? returned : null;

    /// <summary>The lambda (or anonymous method) of the given symbol that an operation is inside, or null.</summary>
    public static IAnonymousFunctionOperation? LambdaAround(this IOperation operation, IMethodSymbol lambda)
    {
        for (var parent = operation.Parent; parent is not null; parent = parent.Parent)
        {
            if (parent is IAnonymousFunctionOperation anonymous && (ReferenceEquals(anonymous.Symbol, lambda) || SymbolEqualityComparer.Default.Equals(anonymous.Symbol, lambda)))
            {
                return anonymous;
            }
        }

        return null;
    }

    /// <summary>The <c>foreach</c> loop whose iteration variable a local is, when the reference is inside that loop;
    /// null for any other local.</summary>
    public static IForEachLoopOperation? LoopOf(this ILocalReferenceOperation local)
    {
        for (var parent = local.Parent; parent is not null; parent = parent.Parent)
        {
            if (parent is IForEachLoopOperation { LoopControlVariable: IVariableDeclaratorOperation { Symbol: var variable } } loop
                && SymbolEqualityComparer.Default.Equals(variable, local.Local))
            {
                return loop;
            }
        }

        return null;
    }
}
