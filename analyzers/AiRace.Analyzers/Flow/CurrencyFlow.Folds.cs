using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace AiRace.Analyzers;

/// <summary>
/// A collection parameter whose elements a method's body adds together (<c>items.Aggregate(seed, (a, b) =&gt; a +
/// b)</c>, <c>foreach (var x in items) total += x;</c>, or passing it on to a method that does): every step adds an
/// element to a total that keeps one currency, so a call passing a collection known to hold two currencies mixes them
/// inside the method, as a call passing two currencies for a <see cref="ParameterPair"/> does.
/// </summary>
internal sealed class FoldedParameter
{
    public FoldedParameter(int ordinal, string what)
    {
        Ordinal = ordinal;
        What = what;
    }

    /// <summary>The position of the collection parameter (its ordinal; for a member of an extension block, 0 is its receiver: <see cref="ExtensionBlocks"/>).</summary>
    public int Ordinal { get; }

    /// <summary>What the body does with it, as written: <c>items.Aggregate(a + b)</c>.</summary>
    public string What { get; }
}

internal sealed partial class CurrencyFlow
{
    private static readonly FoldedParameter[] NoFolds = System.Array.Empty<FoldedParameter>();

    private FactCache<FoldedParameter[]>? _folds;

    private FactCache<FoldedParameter[]> Folds => _folds ??= Facts<FoldedParameter[]>((s, c) => ComputeFolds((IMethodSymbol)s, c), NoFolds, NoFolds);

    /// <summary>
    /// The collection parameters of money (or of a generic-math type parameter) whose elements a method of this
    /// compilation adds together in its own body: <c>items.Aggregate(…, (a, b) =&gt; a + b)</c> on the parameter itself,
    /// the lambda's whole body adding (or subtracting) its two parameters, a <c>foreach</c> over the parameter adding
    /// every element to one total (<c>total += x</c>), or the parameter passed on to another such method; the body may
    /// only read the parameter with LINQ and <c>foreach</c>, never write it, and not catch what the fold throws. Empty
    /// for any other method. The receiver of a member of an extension block is one of its parameters, and a call of the
    /// block's implementation method (the static form) stands for the member.
    /// </summary>
    public IReadOnlyList<FoldedParameter> FoldsOf(IMethodSymbol method, CancellationToken cancellationToken)
    {
        method = ExtensionBlocks.Member(method);
        return method.DeclaringSyntaxReferences.Length != 1 || !HasFoldableParameter(method) ? NoFolds : Folds.Get(method, cancellationToken);
    }

    /// <summary>Whether a method (a definition) has a parameter that is a collection of money or of one of its generic-math type parameters.</summary>
    public bool HasFoldableParameter(IMethodSymbol method)
    {
        int positions = ExtensionBlocks.Count(method);
        for (int position = 0; position < positions; position++)
        {
            if (ExtensionBlocks.ParameterAt(method, position) is { } parameter && IsFoldable(parameter, method))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a generic method (or a member of a generic extension block, its receiver included) has a parameter that is a collection of one of its generic-math type parameters.</summary>
    public static bool HasGenericMathCollectionParameter(IMethodSymbol method)
    {
        method = method.OriginalDefinition;
        int positions = ExtensionBlocks.Count(method);
        for (int position = 0; position < positions; position++)
        {
            if (ExtensionBlocks.ParameterAt(method, position) is { } parameter && FoldableElementOf(parameter.Type) is { } element && IsGenericMathType(element, method))
            {
                return true;
            }
        }

        return false;
    }

    private bool IsFoldable(IParameterSymbol parameter, IMethodSymbol method) =>
        parameter.RefKind is RefKind.None or RefKind.In or RefKind.RefReadOnlyParameter && FoldableElementOf(parameter.Type) is { } element && !IsDictionary(parameter.Type)
        && (_types.IsMoney(element) || IsGenericMathType(element, method));

    /// <summary>
    /// The element type of a parameter type a fold may add up: a collection's (<see cref="ValueTypeOf"/>), or a
    /// <c>Span&lt;T&gt;</c>'s or <c>ReadOnlySpan&lt;T&gt;</c>'s. Spans are only followed here, as a parameter of a method
    /// that folds it: the call passes the elements (a <c>params</c> list, a collection expression, an array converted to
    /// the span) and the body may only read them; elsewhere the flow does not follow what a span holds.
    /// </summary>
    private static ITypeSymbol? FoldableElementOf(ITypeSymbol? type) =>
        ValueTypeOf(type) ?? (IsSpan(type) ? ((INamedTypeSymbol)type!).TypeArguments[0] : ChannelReaderElement(type));

    /// <summary><c>System.Span&lt;T&gt;</c> or <c>System.ReadOnlySpan&lt;T&gt;</c>.</summary>
    public static bool IsSpan(ITypeSymbol? type) =>
        type is INamedTypeSymbol { Name: "Span" or "ReadOnlySpan", TypeArguments.Length: 1, ContainingNamespace: { Name: "System" } ns } && ns.ContainingNamespace.IsGlobalNamespace;

    /// <summary><c>System.MemoryExtensions.Sort</c> (of a span, with or without a comparer or comparison, or of keys and items).</summary>
    public static bool IsSpanSort(IMethodSymbol method) =>
        method is { Name: "Sort", IsStatic: true, ContainingType: { Name: "MemoryExtensions", ContainingNamespace: { Name: "System" } ns } }
        && ns.ContainingNamespace.IsGlobalNamespace && method.Parameters.Length > 0;

    /// <summary>
    /// The array a span given to <c>MemoryExtensions.Sort</c> is the whole of: through C# 14's span conversion, the
    /// span's conversion operator (C# 13: <c>(Span&lt;Money&gt;)caps</c>) or <c>caps.AsSpan()</c> with no start or
    /// length; else the span itself, which the flow does not follow.
    /// </summary>
    public static IOperation WholeArrayOfSpan(IOperation span)
    {
        var behind = ArrayBehindSpan(span).SkipConversions() ?? span;
        return behind is IInvocationOperation { TargetMethod: { Name: "AsSpan", IsStatic: true, ContainingType.Name: "MemoryExtensions" } asSpan, Arguments.Length: 1 } whole
            && asSpan.Parameters[0].Type is IArrayTypeSymbol
            ? ArrayBehindSpan(whole.Arguments[0].Value)
            : behind.Type is IArrayTypeSymbol ? behind : span;
    }

    /// <summary>
    /// The array an argument passes for a span parameter through the span's own implicit conversion
    /// (<c>ReadOnlySpan&lt;T&gt;.op_Implicit(T[])</c>, how C# 13 converts an array to a span; C# 14's span conversion
    /// has no operator method and is looked through anyway); else the argument itself.
    /// </summary>
    public static IOperation ArrayBehindSpan(IOperation argument)
    {
        var value = argument;
        while (value is IParenthesizedOperation parenthesized)
        {
            value = parenthesized.Operand;
        }

        return value is IConversionOperation { OperatorMethod: { Name: "op_Implicit", Parameters.Length: 1 } conversion, Operand: { Type: IArrayTypeSymbol } operand }
            && IsSpan(conversion.ContainingType) && conversion.Parameters[0].Type is IArrayTypeSymbol
            ? operand
            : argument;
    }

    private FoldedParameter[] ComputeFolds(IMethodSymbol method, CancellationToken cancellationToken)
    {
        if (OwnBodyOperation(method, cancellationToken) is not { } operation)
        {
            return NoFolds;
        }

        var folds = new List<FoldedParameter>();
        foreach (var descendant in OwnOperations(operation))
        {
            if (descendant is IForEachLoopOperation loop)
            {
                if (FoldedByLoop(loop, method, operation) is { } looped)
                {
                    AddFold(folds, method, looped.Parameter, "foreach " + looped.Step);
                }

                continue;
            }

            if (descendant is not IInvocationOperation invocation)
            {
                continue;
            }

            if (invocation.TargetMethod.Name == "Aggregate" && CallSource.IsLinq(invocation.TargetMethod.ContainingType)
                && FoldedBy(invocation, method) is { } folded)
            {
                if (!CaughtAround(invocation) && ReadOnlyBy(folded.Parameter, operation, invocation))
                {
                    AddFold(folds, method, folded.Parameter, folded.Parameter.Name + ".Aggregate(" + folded.Step + ")");
                }

                continue;
            }

            if (AddedCurrencySumFold(folds, invocation, method, operation))
            {
                continue;
            }

            if (ComparedElementsOf(invocation, method) is { } compared)
            {
                // source.Max(), source.Where(m => m >= floor): the elements compared with each other, or each with one value
                if (!CaughtAround(invocation) && ReadOnlyBy(compared.Parameter, operation, invocation))
                {
                    AddFold(folds, method, compared.Parameter, compared.What);
                }

                continue;
            }

            foreach (var inner in FoldsOf(invocation.TargetMethod, cancellationToken))
            {
                // the collection passed on (as the receiver of an extension block's member too: items.Total())
                if (ExtensionBlocks.ArgumentAt(invocation.TargetMethod, invocation.Instance, invocation.Arguments, inner.Ordinal)?.SkipConversions() is IParameterReferenceOperation { Parameter: { } passed }
                    && ExtensionBlocks.PositionOf(passed, method) >= 0 && !CaughtAround(invocation))
                {
                    AddFold(folds, method, passed, invocation.TargetMethod.Name + ": " + inner.What);
                }
            }
        }

        // a parameter the body (or a lambda in it) may write or change no longer holds what the call passed
        folds.RemoveAll(fold => ExtensionBlocks.ParameterAt(method, fold.Ordinal) is not { } parameter || !OnlyRead(parameter, operation, cancellationToken));
        return folds.Count == 0 ? NoFolds : folds.ToArray();
    }

    private void AddFold(List<FoldedParameter> folds, IMethodSymbol method, IParameterSymbol parameter, string what)
    {
        int position = ExtensionBlocks.PositionOf(parameter, method);
        if (position < 0 || folds.Exists(fold => fold.Ordinal == position) || !IsFoldable(parameter, method))
        {
            return;
        }

        folds.Add(new FoldedParameter(position, what));
    }

    /// <summary>
    /// The method's parameter an <c>Aggregate</c> call folds, with the step as written (<c>a + b</c>): the call's source
    /// is the parameter itself and its function a lambda whose whole body adds or subtracts its two parameters with
    /// Money's operators or generic math's; else null.
    /// </summary>
    private (IParameterSymbol Parameter, string Step)? FoldedBy(IInvocationOperation aggregate, IMethodSymbol method)
    {
        if (aggregate.Arguments.IsEmpty
            || aggregate.Arguments[0].Value.SkipConversions() is not IParameterReferenceOperation { Parameter: { } source }
            || ExtensionBlocks.PositionOf(source, method) < 0)
        {
            return null;
        }

        return FoldStep(aggregate) is { } step ? (source, step) : null;
    }

    /// <summary>
    /// The step of an <c>Aggregate</c> call as written (<c>a + b</c>) when its function is a lambda whose whole body adds
    /// or subtracts its two parameters with Money's operators or generic math's; else null.
    /// </summary>
    public string? FoldStep(IInvocationOperation aggregate)
    {
        foreach (var argument in aggregate.Arguments)
        {
            if (argument.Parameter is not { Name: "func" } || SelectorLambda(argument.Value) is not { Symbol.Parameters.Length: 2 } lambda
                || lambda.OnlyReturned() is not { } returned
                || returned.SkipConversions() is not IBinaryOperation { OperatorKind: BinaryOperatorKind.Add or BinaryOperatorKind.Subtract } step
                || !(step.OperatorMethod.IsOn(_types.Money) || IsGenericMathOperator(step.OperatorMethod)))
            {
                continue;
            }

            var parameters = lambda.Symbol.Parameters;
            if (step.LeftOperand.SkipConversions() is IParameterReferenceOperation { Parameter: { } left }
                && step.RightOperand.SkipConversions() is IParameterReferenceOperation { Parameter: { } right }
                && (SymbolEqualityComparer.Default.Equals(left, parameters[0]) && SymbolEqualityComparer.Default.Equals(right, parameters[1])
                    || SymbolEqualityComparer.Default.Equals(left, parameters[1]) && SymbolEqualityComparer.Default.Equals(right, parameters[0])))
            {
                return left.Name + " " + step.OperatorKind.MoneyOperatorText() + " " + right.Name;
            }
        }

        return null;
    }

    /// <summary>
    /// The method's parameter a <c>foreach</c> loop folds, with the step as written (<c>x in items: total += x</c>): the
    /// loop's collection is the parameter itself, and a statement of the loop's own body (not one nested in an
    /// <c>if</c>, a <c>try</c> or another loop) adds the loop's variable to a local declared outside the loop, with
    /// <c>+=</c>, <c>-=</c> or <c>total = total + x</c>, by Money's operators or generic math's. Every element then meets
    /// that total, so the loop must not be able to skip the step (no <c>continue</c>, <c>break</c>, <c>goto</c>,
    /// <c>return</c>, <c>yield</c> or <c>throw</c> of its own), nor write the total elsewhere (nor may a lambda or local
    /// function of the method); else null.
    /// </summary>
    private (IParameterSymbol Parameter, string Step)? FoldedByLoop(IForEachLoopOperation loop, IMethodSymbol method, IOperation body)
    {
        if (ReadAllOf(loop.Collection) is not IParameterReferenceOperation { Parameter: { } source }
            || ExtensionBlocks.PositionOf(source, method) < 0
            || loop.LoopControlVariable is not IVariableDeclaratorOperation { Symbol: { } element }
            || CaughtAround(loop))
        {
            return null;
        }

        ISymbol? total = null;
        IOperation? stepStatement = null;
        string? step = null;
        foreach (var statement in loop.Body is IBlockOperation block ? block.Operations : ImmutableArray.Create(loop.Body))
        {
            if (total is null && statement is IExpressionStatementOperation { Operation: var expression } && FoldStep(expression, element) is { } found
                && !(found.Total is ILocalSymbol local && DeclaredIn(local, loop)))
            {
                total = found.Total;
                stepStatement = statement;
                step = found.Text;
            }
        }

        if (total is null)
        {
            return null;
        }

        foreach (var inner in OwnOperations(loop.Body))
        {
            if (inner is IBranchOperation or IReturnOperation or IThrowOperation)
            {
                return null;
            }
        }

        foreach (var reference in body.Descendants())
        {
            if (reference is ILocalReferenceOperation or IParameterReferenceOperation && SymbolEqualityComparer.Default.Equals(Accumulator(reference), total)
                && reference.MayWrite() && (IsInside(reference, loop.Body) && !IsInside(reference, stepStatement!) || EnclosingFunction(reference) is not null))
            {
                return null;
            }
        }

        return (source, element.Name + " in " + source.Name + ": " + step);
    }

    /// <summary><c>total += x</c>, <c>total -= x</c>, <c>total = total + x</c> or <c>total = x + total</c> (and the
    /// same with <c>-</c>) with Money's operators or generic math's, <c>x</c> the loop's variable and <c>total</c> a
    /// local or a parameter passed by value: the local or parameter and the step as written.</summary>
    private (ISymbol Total, string Text)? FoldStep(IOperation expression, ILocalSymbol element)
    {
        switch (expression)
        {
            case ICompoundAssignmentOperation { OperatorKind: BinaryOperatorKind.Add or BinaryOperatorKind.Subtract } compound
                when Accumulator(compound.Target) is { } total && IsLocal(compound.Value, element)
                    && (compound.OperatorMethod.IsOn(_types.Money) || IsGenericMathOperator(compound.OperatorMethod)):
                return (total, total.Name + " " + compound.OperatorKind.MoneyOperatorText() + "= " + element.Name);
            case ISimpleAssignmentOperation { IsRef: false } assignment
                when Accumulator(assignment.Target) is { } total && assignment.Value.SkipConversions() is IBinaryOperation { OperatorKind: BinaryOperatorKind.Add or BinaryOperatorKind.Subtract } binary
                    && (binary.OperatorMethod.IsOn(_types.Money) || IsGenericMathOperator(binary.OperatorMethod))
                    && (SymbolEqualityComparer.Default.Equals(Accumulator(binary.LeftOperand.SkipConversions()), total) && IsLocal(binary.RightOperand, element)
                        || IsLocal(binary.LeftOperand, element) && SymbolEqualityComparer.Default.Equals(Accumulator(binary.RightOperand.SkipConversions()), total)):
                return (total, total.Name + " = " + binary.Syntax);
            default:
                return null;
        }

        static bool IsLocal(IOperation operand, ILocalSymbol local) =>
            operand.SkipConversions() is ILocalReferenceOperation { Local: { } read } && SymbolEqualityComparer.Default.Equals(read, local);
    }

    /// <summary>The local, or the parameter passed by value, an operation names; else null.</summary>
    private static ISymbol? Accumulator(IOperation? operation) => operation switch
    {
        ILocalReferenceOperation { Local: { IsRef: false } local } => local,
        IParameterReferenceOperation { Parameter: { RefKind: RefKind.None } parameter } => parameter,
        _ => null,
    };

    /// <summary>Whether an operation is inside a <c>try</c> with a <c>catch</c> of the same body: the body may catch the
    /// mismatch the fold throws.</summary>
    private static bool CaughtAround(IOperation operation)
    {
        for (var around = operation.Parent; around is not null; around = around.Parent)
        {
            if (around is IAnonymousFunctionOperation or ILocalFunctionOperation)
            {
                return false;
            }

            if (around is ITryOperation { Catches.IsEmpty: false } @try && IsInside(operation, @try.Body))
            {
                return true;
            }
        }

        return false;
    }

    private static bool DeclaredIn(ILocalSymbol local, IOperation operation)
    {
        foreach (var location in local.Locations)
        {
            if (location.SourceTree == operation.Syntax.SyntaxTree && operation.Syntax.Span.Contains(location.SourceSpan))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsInside(IOperation operation, IOperation container)
    {
        for (var around = operation; around is not null; around = around.Parent)
        {
            if (around == container)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether every reference to a parameter in a body (lambdas included) only reads the collection: the source of
    /// LINQ, the collection of a <c>foreach</c>, or an argument passed on for a parameter another method folds.
    /// </summary>
    private bool OnlyRead(IParameterSymbol parameter, IOperation body, CancellationToken cancellationToken)
    {
        foreach (var descendant in body.Descendants())
        {
            if (descendant is not IParameterReferenceOperation reference || !SymbolEqualityComparer.Default.Equals(reference.Parameter, parameter))
            {
                continue;
            }

            IOperation use = reference;
            while (use.Parent is IConversionOperation conversion && conversion.Operand == use)
            {
                use = conversion;
            }

            switch (use.Parent)
            {
                case IForEachLoopOperation loop when loop.Collection == use:
                    continue;
                case var readAll when ReadAllInLoop(readAll, use):
                    continue;
                case IArgumentOperation { Parent: IInvocationOperation invocation } argument
                    when (CallSource.IsLinq(invocation.TargetMethod.ContainingType) || IsCurrencySum(invocation.TargetMethod)) && invocation.Arguments[0] == argument:
                    continue;
                case IArgumentOperation { Parent: IInvocationOperation invocation, Parameter: not null } argument
                    when argument.ArgumentKind != ArgumentKind.DefaultValue && FoldsOf(invocation.TargetMethod, cancellationToken) is { Count: > 0 } inner
                        && Exists(inner, ExtensionBlocks.PositionOf(argument, invocation.TargetMethod)):
                    continue;
                case IInvocationOperation invocation when invocation.Instance == use && ExtensionBlocks.ReceiverOf(invocation.TargetMethod) is not null
                    && FoldsOf(invocation.TargetMethod, cancellationToken) is { Count: > 0 } inner && Exists(inner, 0):
                    // the receiver of an extension block's member that folds it (items.Total())
                    continue;
                default:
                    return false;
            }
        }

        return true;

        static bool Exists(IReadOnlyList<FoldedParameter> folds, int ordinal)
        {
            foreach (var fold in folds)
            {
                if (fold.Ordinal == ordinal)
                {
                    return true;
                }
            }

            return false;
        }
    }
}
