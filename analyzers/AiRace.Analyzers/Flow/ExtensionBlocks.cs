using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace AiRace.Analyzers;

/// <summary>
/// The parameters of a method as its body sees them and the values a call gives them, with the receiver of a member
/// of a C# 14 extension block (<c>extension(Money m) { public bool Exceeds(Money limit) =&gt; m &gt; limit; }</c>)
/// counted as one more parameter. Such a member's body reads the receiver as the block's parameter
/// (<c>INamedTypeSymbol.ExtensionParameter</c>, not one of the member's own <see cref="IMethodSymbol.Parameters"/>),
/// and a call gives it as the call's <see cref="IInvocationOperation.Instance"/> (<c>yuan.Exceeds(dollars)</c>); the
/// static form of the call (<c>MoneyBlocks.Exceeds(yuan, dollars)</c>) binds to the block's implementation method,
/// whose parameters are the receiver then the member's own. A position numbers the parameters in that order: the
/// receiver 0 and the member's own parameter of ordinal <c>n</c> <c>n + 1</c>, so that a position of the member is the
/// ordinal of the implementation method's parameter; any other method's positions are its parameters' ordinals.
/// </summary>
internal static class ExtensionBlocks
{
    /// <summary>The receiver of a member of an extension block (the block's parameter), when the member has one (it is not static); else null.</summary>
    public static IParameterSymbol? ReceiverOf(IMethodSymbol method) =>
        !method.IsStatic && method.ContainingType is { IsExtension: true } block && block.ExtensionParameter is { } receiver ? receiver : null;

    /// <summary>
    /// The member of an extension block a call of its implementation method (<c>MoneyBlocks.Exceeds(yuan, dollars)</c>,
    /// a static method the compiler declares in the enclosing class, over the member's own declaration) stands for, as a
    /// definition; else the method's definition itself.
    /// </summary>
    public static IMethodSymbol Member(IMethodSymbol method)
    {
        method = method.OriginalDefinition;
        if (!method.IsStatic || !method.IsImplicitlyDeclared || method.DeclaringSyntaxReferences.Length != 1
            || method.ContainingType is not { IsStatic: true, IsExtension: false } container)
        {
            return method;
        }

        var declaration = method.DeclaringSyntaxReferences[0];
        foreach (var block in container.GetTypeMembers())
        {
            if (!block.IsExtension)
            {
                continue;
            }

            foreach (var member in block.GetMembers(method.Name))
            {
                if (member is IMethodSymbol { DeclaringSyntaxReferences: { Length: 1 } references } candidate
                    && references[0].SyntaxTree == declaration.SyntaxTree && references[0].Span == declaration.Span)
                {
                    return candidate.OriginalDefinition;
                }
            }
        }

        return method;
    }

    /// <summary>How many positions a method has: its parameters, and its receiver for a member of an extension block.</summary>
    public static int Count(IMethodSymbol method) => method.Parameters.Length + (ReceiverOf(method) is null ? 0 : 1);

    /// <summary>The parameter at a position of a method (<see cref="ExtensionBlocks"/>), or null.</summary>
    public static IParameterSymbol? ParameterAt(IMethodSymbol method, int position)
    {
        if (ReceiverOf(method) is { } receiver)
        {
            if (position == 0)
            {
                return receiver;
            }

            position--;
        }

        return position >= 0 && position < method.Parameters.Length ? method.Parameters[position] : null;
    }

    /// <summary>The position of a parameter of a method (its receiver included), or -1 when it is not one of the method's.</summary>
    public static int PositionOf(IParameterSymbol parameter, IMethodSymbol method)
    {
        if (SymbolEqualityComparer.Default.Equals(parameter.ContainingSymbol, method))
        {
            return ReceiverOf(method) is null ? parameter.Ordinal : parameter.Ordinal + 1;
        }

        return ReceiverOf(method) is { } receiver && SymbolEqualityComparer.Default.Equals(parameter, receiver) ? 0 : -1;
    }

    /// <summary>
    /// The value a call of <paramref name="target"/> gives the parameter at a position: the receiver of an extension
    /// block's member is the call's instance; a default value (none written) is null.
    /// </summary>
    public static IOperation? ArgumentAt(IMethodSymbol target, IOperation? instance, ImmutableArray<IArgumentOperation> arguments, int position)
    {
        if (ReceiverOf(target) is not null)
        {
            if (position == 0)
            {
                return instance;
            }

            position--;
        }

        foreach (var argument in arguments)
        {
            if (argument.Parameter?.Ordinal == position)
            {
                return argument.ArgumentKind == ArgumentKind.DefaultValue ? null : argument.Value;
            }
        }

        return null;
    }

    /// <summary>The position at a call of <paramref name="target"/> of the parameter an argument is given for, or -1.</summary>
    public static int PositionOf(IArgumentOperation argument, IMethodSymbol target) =>
        argument.Parameter is not { } parameter ? -1 : ReceiverOf(target) is null ? parameter.Ordinal : parameter.Ordinal + 1;
}
