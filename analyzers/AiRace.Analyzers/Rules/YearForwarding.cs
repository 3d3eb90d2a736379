using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace AiRace.Analyzers;

/// <summary>Where a forwarded year comes from: parameter <see cref="Ordinal"/> plus <see cref="Value"/>, or, with an
/// ordinal of -1, the constant year <see cref="Value"/>.</summary>
internal readonly struct YearSource
{
    public YearSource(int ordinal, int value)
    {
        Ordinal = ordinal;
        Value = value;
    }

    public int Ordinal { get; }

    public int Value { get; }
}

/// <summary>
/// The pairs of years a method of the code passes on as the baseline and goal years of an AiRace.Core call (AIR0012):
/// <c>Target ChipShare(int from, int to) =&gt; new Target(…, baselineYear: from, …, goalYear: to, …)</c> passes on
/// (parameter 0, parameter 1). Only pairs with at least one parameter are kept (a pair of constants is checked where it
/// is written). A method that passes its parameters on to another method or constructor of the code that passes them on
/// passes on that one's pairs, through at most <see cref="MaxLevel"/> methods counting its own (<c>Reversed(int from, int
/// to) =&gt; ChipShare("r", to, from)</c> passes on (parameter 1, parameter 0)); a constructor's initializer
/// (<c>: base(from, to)</c>) passes on its base constructor's pairs at any depth.
/// A primary constructor's body is the initializers of its type's fields and properties and its base type's arguments
/// (<c>sealed class ChipPlan(int from, int to) { public Target Goal { get; } = new Target(…, from, …, to, …); }</c>).
/// </summary>
internal sealed class YearForwarding
{
    /// <summary>How many methods a pair of years is followed through, from the one called to the one that calls the library.</summary>
    public const int MaxLevel = 4;

    public static readonly YearForwarding None = new(ImmutableArray<(YearSource, YearSource, int)>.Empty);

    private YearForwarding(ImmutableArray<(YearSource Baseline, YearSource Goal, int Level)> pairs) => Pairs = pairs;

    /// <summary>The baseline and goal years of each call the body makes (directly, or through other methods of the code),
    /// with the number of methods they pass through: 1 for the library's call in the method's own body.</summary>
    public ImmutableArray<(YearSource Baseline, YearSource Goal, int Level)> Pairs { get; }

    /// <summary>Whether calls of a method (an original definition) may pass years on: a method of the code with a body
    /// (not abstract, virtual, extern or partial without one) that takes an <c>int</c> or <c>int?</c> parameter and whose
    /// declaration names <c>Target</c> or a year parameter, or gives such a parameter to a call. Asked once per method
    /// by the rule's method filter, and for each method of the code a body calls while its years are read.</summary>
    public static bool MayForward(IMethodSymbol method) =>
        TakesAYear(method) && method.DeclaringSyntaxReferences[0].GetSyntax() is { } declaration
        && (declaration is TypeDeclarationSyntax ? AnyPartMentionsYears(method) : MayPassOn(declaration, method));

    /// <summary>Whether any part of a (partial) type with a primary constructor names <c>Target</c> or a year parameter,
    /// or passes one of the constructor's parameters on to a call.</summary>
    private static bool AnyPartMentionsYears(IMethodSymbol constructor)
    {
        foreach (var reference in constructor.ContainingType.DeclaringSyntaxReferences)
        {
            if (MayPassOn(reference.GetSyntax(), constructor))
            {
                return true;
            }
        }

        return false;
    }

    private static bool TakesAYear(IMethodSymbol method)
    {
        if (method.DeclaringSyntaxReferences.Length != 1 || method.IsAbstract || method.IsVirtual || method.IsExtern
            || method.MethodKind is not (MethodKind.Ordinary or MethodKind.Constructor or MethodKind.LocalFunction))
        {
            return false;
        }

        foreach (var parameter in method.Parameters)
        {
            if (parameter.RefKind == RefKind.None && TargetYearBeforeBaselineRule.IsYear(parameter.Type))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Reads a method's body for the years it passes on.</summary>
    public static YearForwarding Of(ISymbol symbol, CompilationFacts facts, CancellationToken cancellationToken)
    {
        if (symbol is not IMethodSymbol method || !TakesAYear(method))
        {
            return None;
        }

        var declaration = method.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken);
        var bodies = new List<IOperation>();
        if (declaration is TypeDeclarationSyntax)
        {
            // a primary constructor: its parameters reach the initializers of the type's fields and properties (in any
            // part of a partial type) and the base type's arguments, which run before any member can write them
            foreach (var reference in method.ContainingType.DeclaringSyntaxReferences)
            {
                if (reference.GetSyntax(cancellationToken) is TypeDeclarationSyntax part && MayPassOn(part, method))
                {
                    AddInitializers(part, facts.Search.ModelOf(part.SyntaxTree), bodies, cancellationToken);
                }
            }
        }
        else if (MayPassOn(declaration, method) && facts.Search.ModelOf(declaration.SyntaxTree).GetOperation(declaration, cancellationToken) is { } body)
        {
            bodies.Add(body);
        }

        if (bodies.Count == 0)
        {
            return None;
        }

        var assigned = new HashSet<IParameterSymbol>(SymbolEqualityComparer.Default);
        var calls = new List<(IOperation Call, ImmutableArray<IArgumentOperation> Arguments, IOperation Body)>();
        var forwarded = new List<(IOperation Call, IMethodSymbol Constructor, ImmutableArray<IArgumentOperation> Arguments, IOperation Body)>();
        var passed = new List<(IOperation Call, IMethodSymbol Called, ImmutableArray<IArgumentOperation> Arguments, IOperation Body)>();
        bool guarded = false;
        foreach (var body in bodies)
        {
            // a primary constructor's initializers all run before the object is handed out: a throw on the years in any
            // of them guards every call
            guarded |= declaration is TypeDeclarationSyntax && ThrowsOnTheYears(body, method);
            foreach (var operation in body.DescendantsAndSelf())
            {
                switch (operation)
                {
                    case IInvocationOperation invocation when TargetYearBeforeBaselineRule.TakesYears(invocation.TargetMethod):
                        calls.Add((invocation, invocation.Arguments, body));
                        break;
                    case IInvocationOperation { TargetMethod: { MethodKind: MethodKind.Constructor } constructor } initializer
                        when !KnownTypes.IsInCoreNamespace(constructor.ContainingType) && MayForward(constructor.OriginalDefinition):
                        // a constructor's initializer (: base(from, to), or a primary constructor's base type's arguments)
                        // passes the years on to a base constructor that passes them on
                        forwarded.Add((initializer, constructor.OriginalDefinition, initializer.Arguments, body));
                        break;
                    case IObjectCreationOperation { Constructor: { } constructor } creation when TargetYearBeforeBaselineRule.TakesYears(constructor):
                        calls.Add((creation, creation.Arguments, body));
                        break;
                    case IInvocationOperation { TargetMethod: { } called } invocation when IsOwnForwarding(called):
                        // a method of the code that passes the years on (Reversed(from, to) => ChipShare("r", to, from))
                        passed.Add((invocation, called.OriginalDefinition, invocation.Arguments, body));
                        break;
                    case IObjectCreationOperation { Constructor: { } constructor } creation when IsOwnForwarding(constructor):
                        // a constructor of the code that passes them on (new ChipPlan(from, to))
                        passed.Add((creation, constructor.OriginalDefinition, creation.Arguments, body));
                        break;
                    default:
                        AddWritten(operation, assigned);
                        break;
                }
            }
        }

        var pairs = ImmutableArray.CreateBuilder<(YearSource, YearSource, int)>();
        if (guarded)
        {
            return None;
        }

        foreach (var (initializer, constructor, arguments, body) in forwarded)
        {
            if (InBranch(initializer, body, method) || ThrowsOnAYearCheck(body, method))
            {
                // a constructor that checks the years it passes on throws before it hands the object out
                continue;
            }

            AddThrough(pairs, facts.YearForwards.Get(constructor, cancellationToken), 0, arguments, method, assigned, facts, cancellationToken);
        }

        foreach (var (call, called, arguments, body) in passed)
        {
            if (!InBranch(call, body, method))
            {
                AddThrough(pairs, facts.YearForwards.Get(called, cancellationToken), 1, arguments, method, assigned, facts, cancellationToken);
            }
        }

        foreach (var (call, arguments, body) in calls)
        {
            if (InBranch(call, body, method))
            {
                // the branch taken depends on the arguments (a ?: or an if that orders the years): not followed
                continue;
            }

            var baseline = TargetYearBeforeBaselineRule.SourceOf(arguments.ArgumentFor("baselineYear")?.Value, method, facts.Members, cancellationToken);
            var goal = TargetYearBeforeBaselineRule.SourceOf(arguments.ArgumentFor("goalYear")?.Value, method, facts.Members, cancellationToken);
            if (baseline is { } from && goal is { } to && (from.Ordinal >= 0 || to.Ordinal >= 0)
                && !IsAssigned(from, method, assigned) && !IsAssigned(to, method, assigned))
            {
                pairs.Add((from, to, 1));
            }
        }

        return pairs.Count == 0 ? None : new YearForwarding(pairs.ToImmutable());
    }

    /// <summary>Whether a method or constructor called in a body is the code's own and may pass years on (not the library's,
    /// whose calls with both years are read as they are).</summary>
    private static bool IsOwnForwarding(IMethodSymbol called) =>
        !KnownTypes.IsInCoreNamespace(called.ContainingType) && called.MethodKind is MethodKind.Ordinary or MethodKind.LocalFunction or MethodKind.Constructor
        && MayForward(called.OriginalDefinition);

    /// <summary>Adds the pairs a called method passes on, as sources of the calling method (each a level further, up to
    /// <see cref="MaxLevel"/>), when the call's arguments give them from the method's own parameters (never assigned) or
    /// constants.</summary>
    private static void AddThrough(ImmutableArray<(YearSource, YearSource, int)>.Builder pairs, YearForwarding inner, int step, ImmutableArray<IArgumentOperation> arguments,
        IMethodSymbol method, HashSet<IParameterSymbol> assigned, CompilationFacts facts, CancellationToken cancellationToken)
    {
        foreach (var (innerBaseline, innerGoal, level) in inner.Pairs)
        {
            if (level + step <= MaxLevel
                && Through(innerBaseline, arguments, method, facts, cancellationToken) is { } from
                && Through(innerGoal, arguments, method, facts, cancellationToken) is { } to && (from.Ordinal >= 0 || to.Ordinal >= 0)
                && !IsAssigned(from, method, assigned) && !IsAssigned(to, method, assigned))
            {
                pairs.Add((from, to, level + step));
            }
        }
    }

    /// <summary>Where a base constructor's year source comes from in the method that calls it: its own constant, or the
    /// argument given for the base constructor's parameter, as a source of the calling method (shifted by the base
    /// constructor's offset); null when the argument is no such source.</summary>
    private static YearSource? Through(YearSource inner, ImmutableArray<IArgumentOperation> arguments, IMethodSymbol method, CompilationFacts facts, CancellationToken cancellationToken)
    {
        if (inner.Ordinal < 0)
        {
            return inner;
        }

        foreach (var argument in arguments)
        {
            if (argument.Parameter?.Ordinal == inner.Ordinal)
            {
                if (argument.ArgumentKind != ArgumentKind.Explicit
                    || TargetYearBeforeBaselineRule.SourceOf(argument.Value, method, facts.Members, cancellationToken) is not { } outer)
                {
                    return null;
                }

                long shifted = (long)outer.Value + inner.Value;
                return shifted is >= int.MinValue and <= int.MaxValue ? new YearSource(outer.Ordinal, (int)shifted) : null;
            }
        }

        return null;
    }

    /// <summary>Records the parameters an operation writes: assigned, stepped or passed by reference.</summary>
    private static void AddWritten(IOperation operation, HashSet<IParameterSymbol> assigned)
    {
        switch (operation)
        {
            case IAssignmentOperation { Target: { } written }:
                AddAssigned(written, assigned, 0);
                break;
            case IIncrementOrDecrementOperation { Target: IParameterReferenceOperation stepped }:
                assigned.Add(stepped.Parameter);
                break;
            case IArgumentOperation { Parameter.RefKind: not RefKind.None, Value: IParameterReferenceOperation passed }:
                assigned.Add(passed.Parameter);
                break;
        }
    }

    /// <summary>The initializers a primary constructor runs: those of the type's fields and properties, and the arguments
    /// it gives the base type's constructor.</summary>
    private static void AddInitializers(TypeDeclarationSyntax type, SemanticModel model, List<IOperation> bodies, CancellationToken cancellationToken)
    {
        foreach (var member in type.Members)
        {
            switch (member)
            {
                case PropertyDeclarationSyntax { Initializer: { } initializer }
                    when model.GetOperation(initializer, cancellationToken) is { } property:
                    bodies.Add(property);
                    break;
                case FieldDeclarationSyntax field:
                    foreach (var variable in field.Declaration.Variables)
                    {
                        if (variable.Initializer is { } value && model.GetOperation(value, cancellationToken) is { } initialized)
                        {
                            bodies.Add(initialized);
                        }
                    }

                    break;
            }
        }

        if (type.BaseList is { } bases)
        {
            foreach (var baseType in bases.Types)
            {
                if (baseType is PrimaryConstructorBaseTypeSyntax primary)
                {
                    // the call of the base constructor (its arguments among its descendants), or else each argument
                    if (BaseConstructorCall(primary, model, cancellationToken) is { } call)
                    {
                        bodies.Add(call);
                        continue;
                    }

                    foreach (var argument in primary.ArgumentList.Arguments)
                    {
                        if (model.GetOperation(argument.Expression, cancellationToken) is { } given)
                        {
                            bodies.Add(given);
                        }
                    }
                }
            }
        }
    }

    private static IInvocationOperation? BaseConstructorCall(PrimaryConstructorBaseTypeSyntax primary, SemanticModel model, CancellationToken cancellationToken)
    {
        if (model.GetOperation(primary, cancellationToken) is IInvocationOperation call)
        {
            return call;
        }

        return primary.ArgumentList.Arguments.Count > 0
            && model.GetOperation(primary.ArgumentList.Arguments[0].Expression, cancellationToken)?.Parent is IArgumentOperation { Parent: IInvocationOperation byArgument }
            ? byArgument
            : null;
    }

    /// <summary>Records the parameters an assignment's target writes: a parameter, or the parameters of a deconstruction's
    /// tuple (<c>(from, to) = (to, from)</c>), nested tuples included.</summary>
    private static void AddAssigned(IOperation target, HashSet<IParameterSymbol> assigned, int depth)
    {
        switch (target)
        {
            case IParameterReferenceOperation written:
                assigned.Add(written.Parameter);
                break;
            case ITupleOperation tuple when depth < 8:
                foreach (var element in tuple.Elements)
                {
                    AddAssigned(element, assigned, depth + 1);
                }

                break;
            case IConversionOperation conversion when depth < 8:
                AddAssigned(conversion.Operand, assigned, depth + 1);
                break;
        }
    }

    /// <summary>Whether a year source is a parameter of the method that its body assigns.</summary>
    private static bool IsAssigned(YearSource source, IMethodSymbol method, HashSet<IParameterSymbol> assigned) =>
        source.Ordinal >= 0 && (source.Ordinal >= method.Parameters.Length || assigned.Contains(method.Parameters[source.Ordinal]));

    /// <summary>Whether a call sits in a conditional branch of the method's body: either arm of a <c>?:</c>, the body of an
    /// <c>if</c> or <c>else</c>, a <c>switch</c> section or arm, the right side of a <c>??</c>, or a statement after an
    /// <c>if</c> that leaves the method (<c>return</c> or <c>throw</c>) on a condition that reads the method's year
    /// parameters (<c>if (to &lt; from) return false;</c>).</summary>
    private static bool InBranch(IOperation call, IOperation body, IMethodSymbol method)
    {
        for (IOperation? child = call, parent = call.Parent; parent is not null && child != body; child = parent, parent = parent.Parent)
        {
            switch (parent)
            {
                case IConditionalOperation conditional when child == conditional.WhenTrue || child == conditional.WhenFalse:
                case ICoalesceOperation coalesce when child == coalesce.WhenNull:
                case ISwitchCaseOperation:
                case ISwitchExpressionArmOperation:
                    return true;
                case IBlockOperation block when AfterEarlyExit(block, child, method):
                    return true;
            }
        }

        return false;
    }

    /// <summary>Whether a statement of a block follows an <c>if</c> of the same block that may leave the method on a
    /// condition reading one of the method's year parameters.</summary>
    private static bool AfterEarlyExit(IBlockOperation block, IOperation statement, IMethodSymbol method)
    {
        foreach (var earlier in block.Operations)
        {
            if (earlier == statement)
            {
                return false;
            }

            if (earlier is IConditionalOperation { Type: null } guard && ReadsAYear(guard.Condition, method)
                && (Exits(guard.WhenTrue) || guard.WhenFalse is { } otherwise && Exits(otherwise)))
            {
                return true;
            }

            if (ThrowsOnTheYears(earlier, method))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a condition reads one of the method's year parameters, directly or through a local declared with a
    /// value computed from one (<c>int span = to - from; if (span &lt; 0) return false;</c>).</summary>
    private static bool ReadsAYear(IOperation condition, IMethodSymbol method, int depth = 0)
    {
        foreach (var operation in condition.DescendantsAndSelf())
        {
            switch (operation)
            {
                case IParameterReferenceOperation { Parameter: { } parameter }
                    when SymbolEqualityComparer.Default.Equals(parameter.ContainingSymbol, method) && TargetYearBeforeBaselineRule.IsYear(parameter.Type):
                    return true;
                case ILocalReferenceOperation { Local.DeclaringSyntaxReferences: { Length: 1 } references, SemanticModel: { } model }
                    when depth < 2 && references[0].SyntaxTree == model.SyntaxTree
                        && references[0].GetSyntax() is VariableDeclaratorSyntax { Initializer.Value: { } value }
                        && model.GetOperation(value) is { } initial && ReadsAYear(initial, method, depth + 1):
                    return true;
            }
        }

        return false;
    }

    /// <summary>Whether an operation holds a throw expression on a condition reading one of the method's year parameters
    /// (<c>_ = to &gt; from ? 0 : throw …</c>, <c>GoalYear = goal &gt;= baseline ? goal : throw …</c>) or a call of a throw
    /// helper given one (<c>ArgumentOutOfRangeException.ThrowIfLessThan(to, from)</c>, see <see cref="IsThrowHelper"/>),
    /// not one of a lambda or local function in it.</summary>
    private static bool ThrowsOnTheYears(IOperation operation, IMethodSymbol method)
    {
        foreach (var descendant in operation.DescendantsAndSelf())
        {
            if (descendant is IConditionalOperation { Type: not null, WhenFalse: { } whenFalse } conditional
                && (conditional.WhenTrue.SkipConversions() is IThrowOperation || whenFalse.SkipConversions() is IThrowOperation)
                && (descendant == operation || !InFunction(conditional, operation)) && ReadsAYear(conditional.Condition, method))
            {
                return true;
            }

            if (descendant is IInvocationOperation { TargetMethod: { IsStatic: true } helper } invocation && IsThrowHelper(helper)
                && (descendant == operation || !InFunction(invocation, operation))
                && invocation.Arguments.Any(argument => ReadsAYear(argument.Value, method)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a method is a throw helper of the runtime's exceptions (<c>ArgumentOutOfRangeException.ThrowIfLessThan</c>,
    /// <c>ThrowIfGreaterThan</c>, <c>ThrowIfNegative</c>, …), which checks its arguments and throws.</summary>
    private static bool IsThrowHelper(IMethodSymbol method) =>
        method.Name.StartsWith("ThrowIf", System.StringComparison.Ordinal)
        && method.ContainingType is { Name: var name, ContainingNamespace: { Name: "System", ContainingNamespace.IsGlobalNamespace: true } }
        && name.EndsWith("Exception", System.StringComparison.Ordinal);

    /// <summary>Whether a body throws on a check of the method's years anywhere outside its lambdas and local functions:
    /// an <c>if</c> on them with a <c>throw</c> (<c>if (to &lt; from) throw …;</c>), or a throw expression on them.</summary>
    private static bool ThrowsOnAYearCheck(IOperation body, IMethodSymbol method)
    {
        if (ThrowsOnTheYears(body, method))
        {
            return true;
        }

        foreach (var operation in body.Descendants())
        {
            if (operation is IConditionalOperation { Type: null } guard && !InFunction(guard, body) && ReadsAYear(guard.Condition, method)
                && (Throws(guard.WhenTrue) || guard.WhenFalse is { } otherwise && Throws(otherwise)))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Throws(IOperation branch)
    {
        foreach (var operation in branch.DescendantsAndSelf())
        {
            if (operation is IThrowOperation && !InFunction(operation, branch))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a branch may leave the method: a <c>return</c> or a <c>throw</c> of its own (not one of a lambda or
    /// local function in it).</summary>
    private static bool Exits(IOperation branch)
    {
        foreach (var operation in branch.DescendantsAndSelf())
        {
            if (operation is IReturnOperation { Kind: OperationKind.Return } or IThrowOperation && !InFunction(operation, branch))
            {
                return true;
            }
        }

        return false;
    }

    private static bool InFunction(IOperation operation, IOperation branch)
    {
        for (var current = operation.Parent; current is not null && current != branch; current = current.Parent)
        {
            if (current is IAnonymousFunctionOperation or ILocalFunctionOperation)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a declaration may pass years on: it names <c>Target</c> or a year parameter, gives arguments to a
    /// base (or other) constructor (<c>: base(from, to)</c>, <c>class ChinaPlan(int b, int g) : ChipPlan(b, g)</c>), or
    /// gives one of the method's <c>int</c> parameters to a call (<c>ChipShare("r", to, from)</c>).</summary>
    private static bool MayPassOn(SyntaxNode declaration, IMethodSymbol method)
    {
        switch (declaration)
        {
            case ConstructorDeclarationSyntax { Initializer.ArgumentList.Arguments.Count: > 0 }:
                return true;
            case TypeDeclarationSyntax { BaseList: { } bases }:
                foreach (var baseType in bases.Types)
                {
                    if (baseType is PrimaryConstructorBaseTypeSyntax { ArgumentList.Arguments.Count: > 0 })
                    {
                        return true;
                    }
                }

                break;
        }

        return MentionsYears(declaration, method);
    }

    /// <summary>Whether a declaration's text names the library's <c>Target</c> or a year parameter (the only ways a body
    /// can call a method that takes both years without binding it), or gives one of the method's <c>int</c> parameters
    /// (in an expression: <c>from + 5</c>) as an argument, which may pass it on to another method of the code.</summary>
    private static bool MentionsYears(SyntaxNode declaration, IMethodSymbol method)
    {
        foreach (var token in declaration.DescendantTokens())
        {
            if (!token.IsKind(SyntaxKind.IdentifierToken))
            {
                continue;
            }

            if (token.ValueText is "Target" or "baselineYear" or "goalYear"
                || token.Parent is IdentifierNameSyntax name && IsYearParameterName(method, token.ValueText) && InArgument(name))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsYearParameterName(IMethodSymbol method, string name)
    {
        foreach (var parameter in method.Parameters)
        {
            if (parameter.Name == name && parameter.RefKind == RefKind.None && TargetYearBeforeBaselineRule.IsYear(parameter.Type))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a name is (part of an expression that is) an argument of a call.</summary>
    private static bool InArgument(IdentifierNameSyntax name)
    {
        SyntaxNode node = name;
        while (node.Parent is ParenthesizedExpressionSyntax or BinaryExpressionSyntax or CastExpressionSyntax or CheckedExpressionSyntax or PrefixUnaryExpressionSyntax)
        {
            node = node.Parent;
        }

        return node.Parent is ArgumentSyntax;
    }
}
