using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace AiRace.Analyzers;

/// <summary>
/// The tests that decide whether an operation runs, in its own function (up to its lambda, local function or method
/// body), for the rules that leave alone what runs only after the code has checked a currency itself: the condition
/// of a <c>?:</c> or <c>if</c> around it, the left of a <c>&amp;&amp;</c> or <c>||</c> it is the right of, the
/// condition of an <c>if</c> (or of each <c>if</c> of an <c>else if</c> chain) before it in a block or switch section
/// that leaves when the test holds (<c>if (a.Currency != b.Currency) throw …;</c>; none in a function with a
/// <c>goto</c>), the value of a switch one of whose cases or arms it is in, and that case's or arm's own pattern
/// (<c>case { Currency.Code: "USD" }:</c>) and <c>when</c> clause (<c>_ when Cap.Currency == Currency.USD =&gt; …</c>).
/// </summary>
internal static class CurrencyGuards
{
    /// <summary>
    /// The tests around an operation, innermost first: each with whether it holds where the operation runs, or, for the
    /// value a switch tests (<paramref name="operation"/> in a case or non-discard arm of it) and for the pattern of
    /// the case (of a section with one case) or arm, <c>Switched</c>; the <c>when</c> clause of that case or arm holds; and
    /// <c>LocalsOnly</c> for a guard clause after which, before the use, code of the compilation may run (see
    /// <see cref="Clauses"/>): it shows the currency of a local or parameter (<see cref="IsPlainVariable"/>), not of a
    /// member path (<c>Fee</c>, <c>o.Fee</c>) that code may set.
    /// </summary>
    public static IEnumerable<(IOperation Test, bool Holds, bool Switched, bool LocalsOnly)> Around(IOperation operation, KnownTypes types)
    {
        var current = operation;
        bool? jumps = null;
        for (var parent = operation.Parent; parent is not null && parent is not (IAnonymousFunctionOperation or ILocalFunctionOperation or IMethodBodyBaseOperation); parent = parent.Parent)
        {
            switch (parent)
            {
                case IConditionalOperation conditional when current != conditional.Condition:
                    yield return (conditional.Condition, current == conditional.WhenTrue, false, false);
                    break;
                case IBinaryOperation { OperatorKind: BinaryOperatorKind.ConditionalAnd or BinaryOperatorKind.ConditionalOr } logical when current == logical.RightOperand:
                    yield return (logical.LeftOperand, logical.OperatorKind == BinaryOperatorKind.ConditionalAnd, false, false);
                    break;
                case ISwitchCaseOperation section:
                    // case 1: if (a.Currency != b.Currency) return 0m; return a.Amount - b.Amount;
                    foreach (var clause in Clauses(section.Body, current, operation, types, ref jumps))
                    {
                        yield return clause;
                    }

                    if (section.Parent is ISwitchOperation statement && !section.Clauses.Any(clause => clause.CaseKind == CaseKind.Default)
                        && !EnteredByGoTo(section, statement))
                    {
                        // case "USD": settles the value switched on; case not "USD":, case "USD" or "CNY":, case "USD": case "CNY":, case var code: do not
                        bool settles = section.Clauses.Length == 1 && !(section.Clauses[0] is IPatternCaseClauseOperation { Pattern: var open } && LeavesCurrencyOpen(open))
                            && NamesOneCurrency(section.Clauses[0] switch
                            {
                                ISingleValueCaseClauseOperation single => single.Value,
                                IPatternCaseClauseOperation pattern => pattern.Pattern,
                                var other => other,
                            }, IsCurrencyValue(statement.Value, types), types);
                        if (settles)
                        {
                            yield return (statement.Value, true, true, false);
                        }
                        else if (section.Clauses.Length == 1 && section.Clauses[0] is IPatternCaseClauseOperation { Pattern: IRecursivePatternOperation tupleCase })
                        {
                            // switch ((a.Currency.Code, b.Currency.Code)) { case ("CNY", "CNY"): … }: each code the case names
                            foreach (var element in NamedElements(statement.Value, tupleCase, types))
                            {
                                yield return (element, true, true, false);
                            }
                        }

                        if (section.Clauses.Length == 1 && section.Clauses[0] is IPatternCaseClauseOperation only && section.Body.Contains(current))
                        {
                            // case { Currency.Code: "USD" }:, case > 0m when Cap.Currency == Currency.USD:
                            if (only.Guard is { } guard)
                            {
                                yield return (guard, true, false, false);
                            }

                            if (settles)
                            {
                                yield return (only.Pattern, true, true, false);
                            }
                        }
                    }

                    break;
                case ISwitchExpressionArmOperation arm when arm.Parent is ISwitchExpressionOperation expression:
                    // _ when a.Currency != b.Currency => …, _ => a - b: an earlier arm that matches all leaves its when failed
                    foreach (var earlier in expression.Arms)
                    {
                        if (earlier == arm)
                        {
                            break;
                        }

                        if (earlier is { Pattern: IDiscardPatternOperation, Guard: { } failed })
                        {
                            yield return (failed, false, false, false);
                        }
                    }

                    if (current == arm.Value && arm.Guard is { } when)
                    {
                        // _ when Cap.Currency == Currency.USD => Cap > limit
                        yield return (when, true, false, false);
                    }

                    if (arm.Pattern is IRecursivePatternOperation positional && expression.Value.SkipConversions() is ITupleOperation)
                    {
                        // (a.Currency.Code, b.Currency.Code) switch { ("CNY", "CNY") => … }: each code the arm names
                        foreach (var element in NamedElements(expression.Value, positional, types))
                        {
                            yield return (element, true, true, false);
                        }
                    }
                    else if (arm.Pattern is not IDiscardPatternOperation && !LeavesCurrencyOpen(arm.Pattern) && NamesOneCurrency(arm.Pattern, IsCurrencyValue(expression.Value, types), types))
                    {
                        yield return (expression.Value, true, true, false);
                        if (current == arm.Value)
                        {
                            // { Currency.Code: "USD" } => Cap > limit
                            yield return (arm.Pattern, true, true, false);
                        }
                    }

                    break;
                case IBlockOperation block:
                    // if (a.Currency != b.Currency) return false; … a > b
                    foreach (var clause in Clauses(block.Operations, current, operation, types, ref jumps))
                    {
                        yield return clause;
                    }

                    break;
            }

            current = parent;
        }
    }

    /// <summary>
    /// The elements of a tuple switched on (<c>(a.Currency.Code, b.Currency.Code)</c>) that are a currency or its code and
    /// whose element of a positional pattern names one currency (<c>("CNY", _)</c> names the first only); none when the
    /// value is not a tuple literal of as many elements as the pattern has.
    /// </summary>
    internal static IEnumerable<IOperation> NamedElements(IOperation value, IRecursivePatternOperation pattern, KnownTypes types)
    {
        if (value.SkipConversions() is not ITupleOperation tuple || tuple.Elements.Length != pattern.DeconstructionSubpatterns.Length || pattern.DeconstructSymbol is not null)
        {
            yield break;
        }

        for (int i = 0; i < tuple.Elements.Length; i++)
        {
            var element = pattern.DeconstructionSubpatterns[i];
            if (!LeavesCurrencyOpen(element) && NamesOneCurrency(element, IsCurrencyValue(tuple.Elements[i], types), types))
            {
                yield return tuple.Elements[i];
            }
        }
    }

    /// <summary>The element of a positional pattern that matches element <paramref name="test"/> of the tuple a switch is on, or null.</summary>
    private static IOperation? ElementPattern(IOperation switched, IOperation pattern, IOperation test) =>
        switched.SkipConversions() is ITupleOperation tuple && tuple.Elements.IndexOf(test) is >= 0 and var index
        && pattern is IRecursivePatternOperation { DeconstructSymbol: null } positional && positional.DeconstructionSubpatterns.Length == tuple.Elements.Length
            ? positional.DeconstructionSubpatterns[index]
            : null;

    /// <summary>
    /// Whether a <c>goto</c> of the switch (<c>goto case "USD";</c> from a section that tested another value) jumps to a
    /// case label of the section or a label in it, so that its statements may run without the section's test.
    /// </summary>
    private static bool EnteredByGoTo(ISwitchCaseOperation section, ISwitchOperation statement)
    {
        var labels = new HashSet<ILabelSymbol>(SymbolEqualityComparer.Default);
        foreach (var clause in section.Clauses)
        {
            if (clause.Label is { } label)
            {
                labels.Add(label);
            }
        }

        foreach (var labeled in section.Body.SelectMany(body => body.DescendantsAndSelf()).OfType<ILabeledOperation>())
        {
            labels.Add(labeled.Label);
        }

        return statement.Cases.SelectMany(other => other.Body).SelectMany(body => body.DescendantsAndSelf())
            .Any(jump => jump is IBranchOperation { BranchKind: BranchKind.GoTo, Target: var target } && labels.Contains(target));
    }

    /// <summary>
    /// Whether a statement of the function writes the storage of <paramref name="value"/> (it, or a value of its path:
    /// <c>Cap = …</c>, <c>row = …</c> for <c>row.Commitment</c>, a <c>ref</c> or <c>out</c> argument, a <c>ref</c> local
    /// taken to it, <c>ref Money alias = ref Cap;</c>) after <paramref name="match"/> and before <paramref name="operation"/>
    /// in the text; when a loop around the operation does not hold the match, anywhere in that loop; in a lambda or local
    /// function of the function, when it may run there (see <see cref="MayRunBetween"/>). A write before the match
    /// (before the switch) is tested by it.
    /// </summary>
    internal static bool WrittenBetween(IOperation match, IOperation operation, IOperation value, KnownTypes types)
    {
        int start = match.Syntax.Span.End;
        int end = operation.Syntax.SpanStart;
        if (match.Syntax.SyntaxTree != operation.Syntax.SyntaxTree || start > end)
        {
            return true;
        }

        var function = operation;
        var loops = new List<IOperation>();
        for (; function.Parent is { } parent && function is not (IAnonymousFunctionOperation or ILocalFunctionOperation or IMethodBodyBaseOperation); function = parent)
        {
            if (parent is ILoopOperation loop)
            {
                loops.Add(loop);
                if (!loop.Syntax.Span.Contains(match.Syntax.Span))
                {
                    start = System.Math.Min(start, loop.Syntax.SpanStart);
                    end = System.Math.Max(end, loop.Syntax.Span.End);
                }
            }
        }

        Dictionary<IOperation, bool>? nested = null;
        foreach (var write in function.DescendantsAndSelf())
        {
            var target = write switch
            {
                ISimpleAssignmentOperation { IsRef: true } alias => alias.Value,
                IAssignmentOperation assignment => assignment.Target,
                IIncrementOrDecrementOperation step => step.Target,
                IArgumentOperation { Parameter.RefKind: RefKind.Ref or RefKind.Out } argument => argument.Value,
                IVariableDeclaratorOperation { Symbol.RefKind: RefKind.Ref, Initializer.Value: var aliased } => aliased,
                _ => null,
            };
            if (target is null)
            {
                continue;
            }

            if (NestedFunctionOf(write, function) is { } outermost)
            {
                nested ??= new Dictionary<IOperation, bool>();
                if (!nested.TryGetValue(outermost, out bool runs))
                {
                    runs = MayRunBetween(outermost, function, start, end, loops, types);
                    nested[outermost] = runs;
                }

                if (!runs)
                {
                    continue;
                }
            }
            else if (write.Syntax.SpanStart < start || write.Syntax.SpanStart >= end)
            {
                continue;
            }

            foreach (var stored in target.DescendantsAndSelf())
            {
                for (IOperation? path = value.SkipConversions(); path is not null; path = (path as IMemberReferenceOperation)?.Instance?.SkipConversions())
                {
                    if (SamePath(stored, path))
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }

    /// <summary>The outermost lambda or local function of <paramref name="function"/> an operation is inside, or null.</summary>
    private static IOperation? NestedFunctionOf(IOperation operation, IOperation function)
    {
        IOperation? outermost = null;
        for (var parent = operation.Parent; parent is not null && parent != function; parent = parent.Parent)
        {
            if (parent is IAnonymousFunctionOperation or ILocalFunctionOperation)
            {
                outermost = parent;
            }
        }

        return outermost;
    }

    /// <summary>
    /// Whether a lambda or local function of <paramref name="function"/> may run between <paramref name="start"/> and
    /// <paramref name="end"/>: a lambda created there, or a local function named there (called or made a delegate); a
    /// lambda created before (or in a loop around the use), a local function made a delegate before or named in
    /// another lambda or local function, when what runs there may call a delegate (<see cref="MayCallDelegates"/>).
    /// </summary>
    private static bool MayRunBetween(IOperation nested, IOperation function, int start, int end, List<IOperation> loops, KnownTypes types)
    {
        if (nested is IAnonymousFunctionOperation)
        {
            int created = nested.Syntax.SpanStart;
            if (created >= start && created < end)
            {
                return true;
            }

            return (created < start || loops.Exists(loop => loop.Syntax.Span.Contains(nested.Syntax.Span)))
                && MayCallDelegates(function, start, end, types);
        }

        if (nested is not ILocalFunctionOperation { Symbol: var local })
        {
            return true;
        }

        bool escapes = false;
        foreach (var reference in function.Descendants())
        {
            var named = reference switch
            {
                IInvocationOperation call => call.TargetMethod,
                IMethodReferenceOperation method => method.Method,
                _ => null,
            };
            if (named is null || !SymbolEqualityComparer.Default.Equals(named.OriginalDefinition, local.OriginalDefinition))
            {
                continue;
            }

            int at = reference.Syntax.SpanStart;
            if (at >= start && at < end)
            {
                return true;
            }

            escapes |= reference is IMethodReferenceOperation && at < end || NestedFunctionOf(reference, function) is not null;
        }

        return escapes && MayCallDelegates(function, start, end, types);
    }

    /// <summary>
    /// Whether an operation of the function between <paramref name="start"/> and <paramref name="end"/> may call a
    /// delegate made before: a call of a delegate or of a method outside AiRace.Core (which may be handed one, or call one
    /// kept), or what may run code of the compilation (<see cref="GuardHelper.RunsCodeItself"/>).
    /// </summary>
    private static bool MayCallDelegates(IOperation function, int start, int end, KnownTypes types) =>
        function.Descendants().Any(operation => operation.Syntax.SpanStart >= start && operation.Syntax.SpanStart < end
            && (operation is IInvocationOperation { TargetMethod: var method } && (method.MethodKind == MethodKind.DelegateInvoke || !KnownTypes.IsInCoreNamespace(method))
                || GuardHelper.RunsCodeItself(operation, types)));

    /// <summary>
    /// Where a switched test is matched for an operation in one of its cases or arms: for the value of a switch, the
    /// value or pattern of the case label (of the section holding <paramref name="operation"/>) or the arm's pattern,
    /// so that what runs between it and the operation is only what the case or arm runs; otherwise the test itself.
    /// </summary>
    internal static IOperation MatchOf(IOperation test, IOperation operation)
    {
        for (var child = operation; child.Parent is { } parent; child = parent)
        {
            switch (parent)
            {
                case ISwitchCaseOperation { Clauses: { Length: 1 } clauses } section when section.Parent is ISwitchOperation statement && statement.Value == test:
                    return clauses[0] switch
                    {
                        ISingleValueCaseClauseOperation single => single.Value,
                        IPatternCaseClauseOperation pattern => pattern.Pattern,
                        _ => test,
                    };
                case ISwitchCaseOperation { Clauses: { Length: 1 } tupleClauses } section when section.Parent is ISwitchOperation statement
                    && tupleClauses[0] is IPatternCaseClauseOperation tupleCase && ElementPattern(statement.Value, tupleCase.Pattern, test) is { } elementCase:
                    // case ("CNY", "CNY"): for the first code switched on, its "CNY"
                    return elementCase;
                case ISwitchExpressionArmOperation arm when arm.Parent is ISwitchExpressionOperation expression && expression.Value == test:
                    return arm.Pattern;
                case ISwitchExpressionArmOperation arm when arm.Parent is ISwitchExpressionOperation expression && ElementPattern(expression.Value, arm.Pattern, test) is { } elementArm:
                    return elementArm;
            }
        }

        return test;
    }

    /// <summary>
    /// The tests of the guard clauses among the statements before <paramref name="current"/>, each failing where it
    /// runs: an <c>if</c> without <c>else</c> that leaves, or a chain of <c>if … else if …</c> every branch of which
    /// leaves (each of its tests); and each call of a method of the code as a statement, holding (it returned: what a
    /// helper that throws on a mismatch checked, see <see cref="GuardHelpers"/>); also those inside such a statement
    /// that lets what leaves it go on leaving (<see cref="Enclosed(IOperation)"/>), those only for locals and parameters
    /// (<c>LocalsOnly</c>) when what encloses them may run code of the compilation after them: a <c>using</c> (or a
    /// block with a <c>using</c> declaration) whose <c>Dispose</c> is or may be of the code (see
    /// <see cref="GuardHelper.DisposesInCode(IOperation, KnownTypes)"/>), a <c>try</c> whose <c>finally</c> may run code
    /// of the compilation (<see cref="GuardHelper.RunsCodeIn"/>). None when the function has a <c>goto</c>, which may
    /// jump past a guard clause.
    /// </summary>
    private static List<(IOperation Test, bool Holds, bool Switched, bool LocalsOnly)> Clauses(ImmutableArray<IOperation> statements, IOperation current, IOperation operation, KnownTypes types, ref bool? jumps)
    {
        var clauses = new List<(IOperation Test, bool Holds, bool Switched, bool LocalsOnly)>();
        foreach (var outer in statements)
        {
            if (outer == current)
            {
                break;
            }

            if (outer is IBlockOperation or IUsingOperation or ILockOperation or ITryOperation)
            {
                foreach (var (inner, localsOnly) in Enclosed(outer, types))
                {
                    AddClauses(inner, localsOnly, clauses);
                }
            }
            else
            {
                AddClauses(outer, false, clauses);
            }
        }

        if (clauses.Count > 0 && (jumps ??= HasGoTo(operation)))
        {
            clauses.Clear();
        }

        return clauses;
    }

    /// <summary>The guard clauses of one statement before the use (see <see cref="Clauses"/>).</summary>
    private static void AddClauses(IOperation statement, bool localsOnly, List<(IOperation Test, bool Holds, bool Switched, bool LocalsOnly)> clauses)
    {
        if (statement is IExpressionStatementOperation { Operation: IInvocationOperation { Arguments.Length: >= 2, TargetMethod.DeclaringSyntaxReferences.IsEmpty: false } })
        {
            // SameCurrency(a, b);: a helper of the code that may throw on a mismatch (see GuardHelpers), holding once it returns
            clauses.Add((statement, true, false, localsOnly));
            return;
        }

        int count = clauses.Count;
        for (IOperation? branch = statement; branch is IConditionalOperation exit; branch = exit.WhenFalse)
        {
            if (!Exits(exit.WhenTrue))
            {
                clauses.RemoveRange(count, clauses.Count - count);
                break;
            }

            clauses.Add((exit.Condition, false, false, localsOnly));
            if (exit.WhenFalse is not (null or IConditionalOperation))
            {
                clauses.RemoveRange(count, clauses.Count - count);
                break;
            }
        }
    }

    /// <summary>
    /// The statements a statement runs in order, looking into those that let whatever leaves them (a <c>throw</c>, a
    /// <c>return</c>, a <c>break</c>) go on leaving: a nested or <c>checked</c> block, the body of a <c>using</c> or
    /// <c>lock</c>, and the body and <c>finally</c> of a <c>try</c> without <c>catch</c> (a <c>finally</c> cannot stop
    /// it: C# lets no <c>return</c>, <c>break</c> or <c>continue</c> leave one; it can only throw in turn). A <c>try</c>
    /// with a <c>catch</c>, a loop and any other statement are one statement.
    /// </summary>
    internal static IEnumerable<IOperation> Enclosed(IOperation statement) =>
        Enclosed(statement, null).Select(enclosed => enclosed.Statement);

    /// <summary>
    /// The statements of <see cref="Enclosed(IOperation)"/>, each with whether, given <paramref name="types"/>, what
    /// encloses it may run code of the compilation after it: a <c>using</c> or a block with a <c>using</c> declaration
    /// whose <c>Dispose</c> is or may be of the code, or a <c>try</c> whose <c>finally</c> may run such code.
    /// </summary>
    private static IEnumerable<(IOperation Statement, bool RunsCodeAfter)> Enclosed(IOperation statement, KnownTypes? types)
    {
        var pending = new Stack<(IOperation Statement, bool RunsCodeAfter)>();
        pending.Push((statement, false));
        while (pending.Count > 0)
        {
            var (next, after) = pending.Pop();
            switch (next)
            {
                case IBlockOperation block:
                    after = after || (types is not null && block.Operations.Any(inner => inner is IUsingDeclarationOperation && GuardHelper.DisposesInCode(inner, types)));
                    for (int i = block.Operations.Length - 1; i >= 0; i--)
                    {
                        pending.Push((block.Operations[i], after));
                    }

                    break;
                case IUsingOperation { Body: var body } resource:
                    pending.Push((body, after || (types is not null && GuardHelper.DisposesInCode(resource, types))));
                    break;
                case ILockOperation { Body: var body }:
                    pending.Push((body, after));
                    break;
                case ITryOperation { Catches.IsEmpty: true, Finally: { } cleanup } attempt:
                    pending.Push((cleanup, after));
                    pending.Push((attempt.Body, after || (types is not null && GuardHelper.RunsCodeIn(cleanup, types))));
                    break;
                case var other:
                    yield return (other, after);
                    break;
            }
        }
    }

    /// <summary>
    /// Whether code of the compilation may run after a test (or a helper's call as a statement) and before an operation
    /// of its function, so that a member path the test read (<c>Fee</c>, <c>o.Fee</c>) may since hold another currency:
    /// an operation after the test and before the operation in the text that may run such code
    /// (<see cref="GuardHelper.RunsCodeItself"/>), or a <c>yield return</c>, which hands control to the caller; when a
    /// loop around the operation does not hold the test, anything in that loop (what follows the operation runs before
    /// it again). Not a call of a helper that checks (it writes nothing outside itself, see <see cref="GuardHelpers"/>)
    /// nor of a method that does not return, nor a local function's body (it runs where it is called), nor what leaves
    /// the function (a <c>throw</c>, a block ending in <c>return</c> or <c>throw</c>; with no such loop, also one ending
    /// in <c>break</c> or <c>continue</c> of a loop or switch that holds the operation) without holding the operation;
    /// never the body of a <c>try</c> with a <c>catch</c> nor anything inside a lambda; and with no such loop, not a
    /// <c>using</c> declaration whose block holds the operation (its <c>Dispose</c> runs after it).
    /// </summary>
    public static bool CodeRunsBetween(IOperation test, IOperation operation, KnownTypes types, GuardHelpers helpers, CancellationToken cancellationToken)
    {
        int start = test.Syntax.Span.End;
        int end = operation.Syntax.SpanStart;
        if (test.Syntax.SyntaxTree != operation.Syntax.SyntaxTree || start > end)
        {
            return true;
        }

        bool looped = false;
        var function = operation;
        for (; function.Parent is { } parent && function is not (IAnonymousFunctionOperation or ILocalFunctionOperation or IMethodBodyBaseOperation); function = parent)
        {
            if (parent is ILoopOperation loop && !loop.Syntax.Span.Contains(test.Syntax.Span))
            {
                looped = true;
                start = System.Math.Min(start, loop.Syntax.SpanStart);
                end = System.Math.Max(end, loop.Syntax.Span.End);
            }
        }

        var index = Runners.GetValue(function, root => new RunnerIndex(root, types, helpers, cancellationToken));
        var runs = looped ? index.Looped : index.Straight;
        var around = new HashSet<IOperation>();
        for (IOperation? outer = operation; outer is not null && outer != function; outer = outer.Parent)
        {
            if (outer.Syntax.Span.Contains(operation.Syntax.Span))
            {
                around.Add(outer);
            }
        }

        if (runs.Any(start, end, null) || runs.AnyJumping(start, end, around))
        {
            return true;
        }

        foreach (var outer in around)
        {
            if (runs.Any(start, end, outer))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The operations of each function that may run code of the compilation (see <see cref="RunnerIndex"/>).</summary>
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<IOperation, RunnerIndex> Runners = new();

    /// <summary>
    /// The operations of a function (lambdas in it included, local functions not) that may run code of the compilation
    /// for <see cref="CodeRunsBetween"/>, by position in the text, grouped by the innermost operation around them that
    /// leaves the function (a <c>throw</c>, a block ending in <c>return</c>; with <c>Straight</c> also in <c>break</c>
    /// or <c>continue</c>), not counting one inside a lambda.
    /// </summary>
    private sealed class RunnerIndex
    {
        public RunnerIndex(IOperation function, KnownTypes types, GuardHelpers helpers, CancellationToken cancellationToken)
        {
            Straight = new Positions();
            Looped = new Positions();
            var pending = new Stack<(IOperation Operation, IOperation? Straight, IOperation? Looped, (IOperation Block, IOperation Target)? Jump, bool Stays)>();
            pending.Push((function, null, null, null, false));
            while (pending.Count > 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var (next, straight, looped, jump, stays) = pending.Pop();
                if (next is ILocalFunctionOperation)
                {
                    continue;
                }

                if (next != function && next is IAnonymousFunctionOperation)
                {
                    stays = true;
                }

                if (!stays && next != function)
                {
                    bool thrown = next is IThrowOperation;
                    if (thrown || Leaves(next, false))
                    {
                        straight = next;
                        looped = next;
                    }
                    else if (Leaves(next, true) && JumpTarget(next) is { } target)
                    {
                        jump = (next, target);
                    }
                }

                if ((next is IReturnOperation { Kind: OperationKind.YieldReturn } || GuardHelper.RunsCodeItself(next, types))
                    && !(next is IInvocationOperation call
                        && (DoesNotReturn(call.TargetMethod) || (call.Arguments.Length >= 2 && !ReferenceEquals(helpers.Of(call.TargetMethod, cancellationToken), GuardHelper.None)))))
                {
                    if (next is IUsingDeclarationOperation && next.Parent is IBlockOperation block)
                    {
                        Straight.AddJumping(straight, null, block, next.Syntax.Span);
                    }
                    else if (jump is { } jumping)
                    {
                        Straight.AddJumping(straight, jumping.Block, jumping.Target, next.Syntax.Span);
                    }
                    else
                    {
                        Straight.Add(straight, next.Syntax.Span);
                    }

                    Looped.Add(looped, next.Syntax.Span);
                }

                foreach (var child in next.ChildOperations)
                {
                    pending.Push((child, straight, looped, jump, stays || (next is ITryOperation { Catches.IsEmpty: false } attempt && child == attempt.Body)));
                }
            }

            Straight.Sort();
            Looped.Sort();
        }

        /// <summary>The loop or switch a statement ending in <c>break</c> or <c>continue</c> leaves, or null.</summary>
        private static IOperation? JumpTarget(IOperation statement)
        {
            while (statement is IBlockOperation { Operations: { Length: > 0 } operations })
            {
                statement = operations[operations.Length - 1];
            }

            if (statement is not IBranchOperation { BranchKind: BranchKind.Break or BranchKind.Continue } branch)
            {
                return null;
            }

            for (var parent = branch.Parent; parent is not null; parent = parent.Parent)
            {
                if (parent is ILoopOperation || (parent is ISwitchOperation && branch.BranchKind == BranchKind.Break))
                {
                    return parent;
                }
            }

            return null;
        }

        /// <summary>With <c>break</c> and <c>continue</c> leaving.</summary>
        public Positions Straight { get; }

        /// <summary>With only <c>return</c> and <c>throw</c> leaving.</summary>
        public Positions Looped { get; }
    }

    /// <summary>The spans of operations that may run code of the compilation, by the innermost operation around them that leaves.</summary>
    private sealed class Positions
    {
        private readonly Dictionary<IOperation, List<Microsoft.CodeAnalysis.Text.TextSpan>> _byLeaving = new();
        private readonly List<Microsoft.CodeAnalysis.Text.TextSpan> _free = new();
        private readonly List<(Microsoft.CodeAnalysis.Text.TextSpan Span, IOperation? Leaving, IOperation? Block, IOperation Target)> _jumping = new();

        /// <summary>
        /// Adds the span of an operation inside <paramref name="leaving"/> (null: none) that the use does not follow
        /// when it is in <paramref name="target"/> (a loop or switch left by a <c>break</c> or <c>continue</c> ending
        /// <paramref name="block"/>, or the block that ends a <c>using</c> declaration) and not in the block.
        /// </summary>
        public void AddJumping(IOperation? leaving, IOperation? block, IOperation target, Microsoft.CodeAnalysis.Text.TextSpan span) =>
            _jumping.Add((span, leaving, block, target));

        /// <summary>Whether an operation added by <see cref="AddJumping"/> lies within the span and runs before the use inside <paramref name="around"/>.</summary>
        public bool AnyJumping(int start, int end, HashSet<IOperation> around)
        {
            int low = 0;
            int high = _jumping.Count;
            while (low < high)
            {
                int middle = (low + high) / 2;
                if (_jumping[middle].Span.Start < start)
                {
                    low = middle + 1;
                }
                else
                {
                    high = middle;
                }
            }

            for (int i = low; i < _jumping.Count && _jumping[i].Span.Start < end; i++)
            {
                var (span, leaving, block, target) = _jumping[i];
                if (span.End <= end && (leaving is null || around.Contains(leaving)) && ((block is not null && around.Contains(block)) || !around.Contains(target)))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>Adds the span of an operation inside <paramref name="leaving"/> (null: none).</summary>
        public void Add(IOperation? leaving, Microsoft.CodeAnalysis.Text.TextSpan span)
        {
            if (leaving is null)
            {
                _free.Add(span);
            }
            else
            {
                if (!_byLeaving.TryGetValue(leaving, out var spans))
                {
                    _byLeaving[leaving] = spans = new List<Microsoft.CodeAnalysis.Text.TextSpan>();
                }

                spans.Add(span);
            }
        }

        /// <summary>Sorts the spans by where they start.</summary>
        public void Sort()
        {
            _free.Sort((a, b) => a.Start.CompareTo(b.Start));
            _jumping.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
            foreach (var spans in _byLeaving.Values)
            {
                spans.Sort((a, b) => a.Start.CompareTo(b.Start));
            }
        }

        /// <summary>Whether an operation inside <paramref name="leaving"/> (null: none) lies within <paramref name="start"/> and <paramref name="end"/>.</summary>
        public bool Any(int start, int end, IOperation? leaving)
        {
            List<Microsoft.CodeAnalysis.Text.TextSpan>? list = _free;
            if (leaving is not null && !_byLeaving.TryGetValue(leaving, out list))
            {
                return false;
            }

            int low = 0;
            int high = list.Count;
            while (low < high)
            {
                int middle = (low + high) / 2;
                if (list[middle].Start < start)
                {
                    low = middle + 1;
                }
                else
                {
                    high = middle;
                }
            }

            for (int i = low; i < list.Count && list[i].Start < end; i++)
            {
                if (list[i].End <= end)
                {
                    return true;
                }
            }

            return false;
        }
    }

    /// <summary>Whether a statement always leaves the function (<c>return</c>, <c>throw</c>, a call that does not return, a block ending in one), or, with <paramref name="jumps"/>, also through <c>break</c> or <c>continue</c>.</summary>
    private static bool Leaves(IOperation statement, bool jumps) =>
        statement switch
        {
            IReturnOperation exit => exit.Kind == OperationKind.Return,
            IBranchOperation branch => jumps && branch.BranchKind != BranchKind.GoTo,
            IThrowOperation or IExpressionStatementOperation { Operation: IThrowOperation } => true,
            IExpressionStatementOperation { Operation: IInvocationOperation call } => DoesNotReturn(call.TargetMethod),
            IBlockOperation { Operations: { Length: > 0 } operations } => Leaves(operations[operations.Length - 1], jumps),
            _ => false,
        };

    /// <summary>
    /// Whether code the member calls cannot change a value: a local or parameter (<see cref="IsPlainVariable"/>); a
    /// <c>readonly</c> field, static outside a static constructor, of an instance outside a constructor when read
    /// from <c>this</c> or from a value code cannot change; a get-only or init-only auto-property (no accessor body) of
    /// such a value; or a field or auto-property of a struct that is such a value.
    /// </summary>
    public static bool CannotBeChanged(IOperation value)
    {
        for (int depth = 0; depth < 8; depth++)
        {
            value = value.SkipConversions()!;
            if (IsPlainVariable(value))
            {
                return true;
            }

            IOperation? receiver;
            switch (value)
            {
                case IFieldReferenceOperation { Field: var field } read when field.IsReadOnly || field.IsConst:
                    var method = EnclosingMethod(value);
                    if (field.IsStatic)
                    {
                        return field.IsConst || !(method is { MethodKind: MethodKind.StaticConstructor } && SymbolEqualityComparer.Default.Equals(method.ContainingType, field.ContainingType));
                    }

                    if (method is { MethodKind: MethodKind.Constructor })
                    {
                        return false;
                    }

                    receiver = read.Instance;
                    break;
                case IFieldReferenceOperation { Field.IsStatic: false } read when read.Instance?.Type is { IsValueType: true }:
                    receiver = read.Instance;
                    if (!IsValueChain(receiver))
                    {
                        return false;
                    }

                    break;
                case IPropertyReferenceOperation { Property: var property, Arguments.IsEmpty: true } read when !property.IsStatic && IsAutoProperty(property)
                    && (property.SetMethod is null || property.SetMethod.IsInitOnly || read.Instance?.Type is { IsValueType: true }):
                    if (EnclosingMethod(value) is { MethodKind: MethodKind.Constructor })
                    {
                        return false;
                    }

                    receiver = read.Instance;
                    if (property.SetMethod is { IsInitOnly: false } && !IsValueChain(receiver))
                    {
                        return false;
                    }

                    break;
                default:
                    return false;
            }

            if (receiver is null or IInstanceReferenceOperation)
            {
                return receiver is not null;
            }

            value = receiver;
        }

        return false;
    }

    /// <summary>Whether a receiver is a struct read by value down to a local or parameter (not through a reference).</summary>
    private static bool IsValueChain(IOperation? receiver)
    {
        for (int depth = 0; depth < 8 && receiver is not null; depth++)
        {
            receiver = receiver.SkipConversions();
            if (receiver is not { Type.IsValueType: true })
            {
                return false;
            }

            if (IsPlainVariable(receiver!))
            {
                return true;
            }

            receiver = receiver is IFieldReferenceOperation { Field.IsStatic: false } field ? field.Instance : null;
        }

        return false;
    }

    /// <summary>The method (not lambda) an operation is in, or null.</summary>
    private static IMethodSymbol? EnclosingMethod(IOperation operation)
    {
        var symbol = operation.SemanticModel?.GetEnclosingSymbol(operation.Syntax.SpanStart);
        while (symbol is IMethodSymbol { MethodKind: MethodKind.AnonymousFunction or MethodKind.LocalFunction })
        {
            symbol = symbol.ContainingSymbol;
        }

        return symbol as IMethodSymbol;
    }

    /// <summary>Whether a property is an auto-property of the code or a record's positional one: accessors without bodies.</summary>
    private static bool IsAutoProperty(IPropertySymbol property)
    {
        if (property.IsAbstract || property.IsVirtual || property.IsOverride || property.DeclaringSyntaxReferences.Length != 1)
        {
            return false;
        }

        return property.DeclaringSyntaxReferences[0].GetSyntax() switch
        {
            ParameterSyntax => true,
            PropertyDeclarationSyntax { ExpressionBody: null, AccessorList: { } accessors } => accessors.Accessors.All(accessor => accessor.Body is null && accessor.ExpressionBody is null),
            _ => false,
        };
    }

    /// <summary>
    /// Whether a value is a local or parameter of the member read directly (not <c>ref</c>, <c>in</c> or <c>out</c>,
    /// which may stand for a field): code the member calls cannot set it.
    /// </summary>
    public static bool IsPlainVariable(IOperation value) =>
        value.SkipConversions() is ILocalReferenceOperation { Local.RefKind: RefKind.None } or IParameterReferenceOperation { Parameter.RefKind: RefKind.None };

    /// <summary>Whether the function around an operation (up to its lambda, local function or method body) has a <c>goto</c>.</summary>
    private static bool HasGoTo(IOperation operation)
    {
        var function = operation;
        while (function.Parent is { } parent && function is not (IAnonymousFunctionOperation or ILocalFunctionOperation or IMethodBodyBaseOperation))
        {
            function = parent;
        }

        return HasOwnGoTo(function);
    }

    /// <summary>Whether an operation has a <c>goto</c> of its own function, not of a lambda or local function inside it.</summary>
    internal static bool HasOwnGoTo(IOperation function)
    {
        var pending = new Stack<IOperation>();
        pending.Push(function);
        while (pending.Count > 0)
        {
            foreach (var child in pending.Pop().ChildOperations)
            {
                if (child is IBranchOperation { BranchKind: BranchKind.GoTo })
                {
                    return true;
                }

                if (child is not (IAnonymousFunctionOperation or ILocalFunctionOperation))
                {
                    pending.Push(child);
                }
            }
        }

        return false;
    }

    /// <summary>
    /// Whether a test, when it <paramref name="holds"/> (or fails), shows the two money values to be in one currency:
    /// <c>first.Currency == second.Currency</c> (in either order, their codes, or <c>Equals</c>) when it holds,
    /// <c>!=</c> when it fails, through <c>!</c>, a conjunct of <c>&amp;&amp;</c> that holds or of <c>||</c> that fails.
    /// The values are compared as storage (<see cref="SamePath"/>), not as text. With <paramref name="helpers"/>, also a
    /// call of a helper of the code that checks them: a statement before the use that throws on a mismatch, or a
    /// <c>bool</c> helper returning the test (<c>SameCurrency(a, b)</c> holding, <c>!SameCurrency(a, b)</c> failing).
    /// </summary>
    public static bool ShowsOneCurrency(IOperation test, bool holds, IOperation first, IOperation second, KnownTypes types, GuardHelpers? helpers = null, CancellationToken cancellationToken = default, int depth = 0)
    {
        if (depth > 8)
        {
            return false;
        }

        if (depth == 0 && ShowsOneConstant(test, holds, first, second, types))
        {
            return true;
        }

        switch (test.SkipConversions())
        {
            case IUnaryOperation { OperatorKind: UnaryOperatorKind.Not } not:
                return ShowsOneCurrency(not.Operand, !holds, first, second, types, helpers, cancellationToken, depth + 1);
            case IBinaryOperation { OperatorKind: BinaryOperatorKind.ConditionalAnd } both when holds:
                return ShowsOneCurrency(both.LeftOperand, true, first, second, types, helpers, cancellationToken, depth + 1) || ShowsOneCurrency(both.RightOperand, true, first, second, types, helpers, cancellationToken, depth + 1);
            case IBinaryOperation { OperatorKind: BinaryOperatorKind.ConditionalOr } either when !holds:
                return ShowsOneCurrency(either.LeftOperand, false, first, second, types, helpers, cancellationToken, depth + 1) || ShowsOneCurrency(either.RightOperand, false, first, second, types, helpers, cancellationToken, depth + 1);
            case IBinaryOperation { OperatorKind: BinaryOperatorKind.Equals or BinaryOperatorKind.NotEquals } equality
                when (equality.OperatorKind == BinaryOperatorKind.Equals) == holds:
                return Pair(equality.LeftOperand, equality.RightOperand, first, second, types, cancellationToken);
            case IIsPatternOperation { Pattern: IConstantPatternOperation { Value.ConstantValue: { HasValue: true, Value: bool constant } } } pattern:
                // a.Currency.Equals(b.Currency) is false
                return ShowsOneCurrency(pattern.Value, holds == constant, first, second, types, helpers, cancellationToken, depth + 1);
            case IInvocationOperation { TargetMethod: { Name: "Equals", ReturnType.SpecialType: SpecialType.System_Boolean } } call when holds:
                // a.Currency.Equals(b.Currency), Equals(a.Currency, b.Currency), string.Equals(a.Currency.Code, b.Currency.Code, StringComparison.Ordinal)
                var arguments = call.Arguments.Length;
                if (arguments > 0 && IsOrdinal(call.Arguments[arguments - 1].Value))
                {
                    arguments--;
                }

                return call.Instance is { } instance
                    ? arguments == 1 && Pair(instance, call.Arguments[0].Value, first, second, types, cancellationToken)
                    : arguments == 2 && Pair(call.Arguments[0].Value, call.Arguments[1].Value, first, second, types, cancellationToken);
            case IExpressionStatementOperation { Operation: IInvocationOperation call } when helpers is not null:
                // SameCurrency(a, b); before the use: it returned
                return Shown(helpers.Pairs(call, null, cancellationToken), first, second);
            case IInvocationOperation { TargetMethod.ReturnType.SpecialType: SpecialType.System_Boolean } call when helpers is not null:
                // !SameCurrency(a, b) failing, SameCurrency(a, b) holding
                return Shown(helpers.Pairs(call, holds, cancellationToken), first, second);
            default:
                return false;
        }
    }

    /// <summary>
    /// Whether a test shows each of the two money values to be in one and the same currency of its own: <c>if
    /// (gross.Currency != Currency.CNY || tax.Currency != Currency.CNY) throw …;</c>, <c>a.Currency.Code is "USD"
    /// &amp;&amp; b.Currency.Code is "USD"</c>.
    /// </summary>
    private static bool ShowsOneConstant(IOperation test, bool holds, IOperation first, IOperation second, KnownTypes types)
    {
        var facts = new List<(IOperation Money, object Currency)>();
        Constants(test, holds, types, facts, 0);
        foreach (var (money, currency) in facts)
        {
            if (SamePath(money, first) && facts.Exists(other => SamePath(other.Money, second) && SameConstant(other.Currency, currency)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The money values a test, when it <paramref name="holds"/> (or fails), shows in a constant currency, with it:
    /// <c>m.Currency == Currency.CNY</c> or <c>m.Currency.Code is "CNY"</c> when it holds, <c>!=</c> or <c>is not</c>
    /// when it fails, through <c>!</c>, both sides of <c>&amp;&amp;</c> that holds and of <c>||</c> that fails.
    /// </summary>
    private static void Constants(IOperation test, bool holds, KnownTypes types, List<(IOperation Money, object Currency)> facts, int depth)
    {
        if (depth > 8)
        {
            return;
        }

        switch (test.SkipConversions())
        {
            case IUnaryOperation { OperatorKind: UnaryOperatorKind.Not } not:
                Constants(not.Operand, !holds, types, facts, depth + 1);
                break;
            case IBinaryOperation { OperatorKind: BinaryOperatorKind.ConditionalAnd } both when holds:
                Constants(both.LeftOperand, true, types, facts, depth + 1);
                Constants(both.RightOperand, true, types, facts, depth + 1);
                break;
            case IBinaryOperation { OperatorKind: BinaryOperatorKind.ConditionalOr } either when !holds:
                Constants(either.LeftOperand, false, types, facts, depth + 1);
                Constants(either.RightOperand, false, types, facts, depth + 1);
                break;
            case IBinaryOperation { OperatorKind: BinaryOperatorKind.Equals or BinaryOperatorKind.NotEquals } equality
                when (equality.OperatorKind == BinaryOperatorKind.Equals) == holds:
                if (CurrencyOf(equality.LeftOperand, types) is { } left && ConstantCurrency(equality.RightOperand, types) is { } right)
                {
                    facts.Add((left, Cased(right, equality.LeftOperand)));
                }
                else if (CurrencyOf(equality.RightOperand, types) is { } money && ConstantCurrency(equality.LeftOperand, types) is { } constant)
                {
                    facts.Add((money, Cased(constant, equality.RightOperand)));
                }

                break;
            case IIsPatternOperation { Pattern: IRecursivePatternOperation { DeconstructSymbol: null } positional, Value: var tuple } when holds && tuple.SkipConversions() is ITupleOperation { Elements: var elements }
                && elements.Length == positional.DeconstructionSubpatterns.Length:
                // (a.Currency.Code, b.Currency.Code) is ("USD", "CNY")
                for (int i = 0; i < elements.Length; i++)
                {
                    if (positional.DeconstructionSubpatterns[i] is IConstantPatternOperation { Value: var element } && CurrencyOf(elements[i], types) is { } read
                        && ConstantCurrency(element, types) is { } named)
                    {
                        facts.Add((read, Cased(named, elements[i])));
                    }
                }

                break;
            case IIsPatternOperation { Pattern: var pattern } check
                when (holds ? pattern : (pattern as INegatedPatternOperation)?.Pattern) is IConstantPatternOperation { Value: var value }:
                if (CurrencyOf(check.Value, types) is { } tested && ConstantCurrency(value, types) is { } code)
                {
                    facts.Add((tested, Cased(code, check.Value)));
                }

                break;
        }
    }

    /// <summary>
    /// Whether a test, when it <paramref name="holds"/> (or fails), shows one of the <paramref name="known"/> values in a
    /// constant currency (see <see cref="Constants"/>) and shows each of them only in the currency it is already known
    /// in: <c>Cap.Currency == Currency.USD</c> over a dollar cap settles nothing.
    /// </summary>
    internal static bool OnlyConfirmsKnown(IOperation test, bool holds, (IOperation Value, string Code)[] known, KnownTypes types)
    {
        var facts = new List<(IOperation Money, object Currency)>();
        Constants(test, holds, types, facts, 0);
        bool confirms = false;
        foreach (var (money, currency) in facts)
        {
            foreach (var (value, code) in known)
            {
                if (SamePath(money, value.SkipConversions()))
                {
                    if ((currency as string ?? (currency as ISymbol)?.Name) != code)
                    {
                        return false;
                    }

                    confirms = true;
                }
            }
        }

        return confirms;
    }

    /// <summary>
    /// The tests that all hold where a test <paramref name="holds"/> (the operands of its <c>&amp;&amp;</c> chain), or all
    /// fail where it fails (of its <c>||</c> chain), each on its own; the test itself when it is neither.
    /// </summary>
    internal static List<IOperation> Conjuncts(IOperation test, bool holds)
    {
        var parts = new List<IOperation>();
        var pending = new Stack<IOperation>();
        pending.Push(test);
        while (pending.Count > 0 && parts.Count < 32)
        {
            var part = pending.Pop();
            if (part is IBinaryOperation { OperatorKind: BinaryOperatorKind.ConditionalAnd or BinaryOperatorKind.ConditionalOr } logical
                && (logical.OperatorKind == BinaryOperatorKind.ConditionalAnd) == holds)
            {
                pending.Push(logical.RightOperand);
                pending.Push(logical.LeftOperand);
            }
            else
            {
                parts.Add(part);
            }
        }

        return parts;
    }

    /// <summary>A code constant compared with a code lower-cased (<c>"usd"</c>), upper-cased as the code it names; any other constant as it is.</summary>
    private static object Cased(object constant, IOperation compared) =>
        constant is string text && LowerCased(compared) ? text.ToUpperInvariant() : constant;

    /// <summary>A currency that cannot change: a code constant (<c>"CNY"</c>), or a static read-only member of <c>Currency</c> (<c>Currency.CNY</c>).</summary>
    private static object? ConstantCurrency(IOperation operand, KnownTypes types) =>
        operand.SkipConversions() switch
        {
            { ConstantValue: { HasValue: true, Value: string code } } => code,
            IFieldReferenceOperation { Instance: null, Field: { IsStatic: true } field } when (field.IsReadOnly || field.IsConst) && types.IsCurrency(field.Type) && types.IsCurrency(field.ContainingType) => field,
            IPropertyReferenceOperation { Instance: null, Property: { IsStatic: true, SetMethod: null } property } when types.IsCurrency(property.Type) && types.IsCurrency(property.ContainingType) => property,
            _ => null,
        };

    /// <summary>Whether two constant currencies of <see cref="ConstantCurrency"/> are the same.</summary>
    private static bool SameConstant(object one, object other) =>
        one is ISymbol symbol ? SymbolEqualityComparer.Default.Equals(symbol, other as ISymbol) : Equals(one, other);

    /// <summary>Whether one of the pairs of values a helper showed in one currency is the two money values, in either order.</summary>
    private static bool Shown(List<(IOperation First, IOperation Second)> pairs, IOperation first, IOperation second) =>
        pairs.Exists(pair => (SamePath(pair.First, first) && SamePath(pair.Second, second)) || (SamePath(pair.First, second) && SamePath(pair.Second, first)));

    /// <summary>
    /// What an element of a tuple local reads when the local's declaration, its only write, is a tuple literal and the
    /// element is a currency (or code) of a local or parameter of the member (<c>var pair = (a.Currency, b.Currency);</c>:
    /// <c>pair.Item1</c> reads <c>a.Currency</c>); else the operand itself.
    /// </summary>
    private static IOperation TupleElementOf(IOperation operand, CancellationToken cancellationToken)
    {
        if (operand.SkipConversions() is not IFieldReferenceOperation { Field.CorrespondingTupleField: { } tupleField, Instance: ILocalReferenceOperation { Local: { RefKind: RefKind.None } local } reference }
            || CurrencyFlow.TupleIndex(tupleField) is not (>= 0 and var index)
            || reference.SemanticModel is not { } model
            || local.DeclaringSyntaxReferences.Length != 1
            || local.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken) is not VariableDeclaratorSyntax { Initializer.Value: { } initializer } declarator
            || declarator.SyntaxTree != model.SyntaxTree
            || model.GetOperation(initializer, cancellationToken).SkipConversions() is not ITupleOperation { Elements: var elements }
            || index >= elements.Length
            || LocalWrites.MayBeWritten(local, declarator, null, model, cancellationToken))
        {
            return operand;
        }

        var element = elements[index];
        var read = element.SkipConversions();
        if (read is IPropertyReferenceOperation { Property.Name: "Code", Instance: { } currency })
        {
            read = currency.SkipConversions();
        }

        return read is IPropertyReferenceOperation { Instance: { } money } && IsPlainVariable(money) ? element : operand;
    }

    /// <summary>The constant <c>StringComparison.Ordinal</c>, which compares currency codes exactly.</summary>
    private static bool IsOrdinal(IOperation argument) =>
        argument.SkipConversions() is { Type: { Name: "StringComparison", ContainingNamespace: { Name: "System", ContainingNamespace.IsGlobalNamespace: true } }, ConstantValue: { HasValue: true, Value: int comparison } }
        && comparison == (int)System.StringComparison.Ordinal;

    /// <summary>Whether two operands are the currencies (or currency codes) of the two money values, in either order.</summary>
    private static bool Pair(IOperation left, IOperation right, IOperation first, IOperation second, KnownTypes types, CancellationToken cancellationToken) =>
        CurrencyOf(TupleElementOf(left, cancellationToken), types) is { } one && CurrencyOf(TupleElementOf(right, cancellationToken), types) is { } other
        && ((SamePath(one, first) && SamePath(other, second)) || (SamePath(one, second) && SamePath(other, first)));

    /// <summary>
    /// Whether a pattern lets more than one currency through: it holds a negation (<c>{ Currency.Code: not "USD" }</c>,
    /// other than <c>not null</c>) or an either-or (<c>{ Currency.Code: "USD" or "CNY" }</c>), so matching it does not
    /// show the money's currency.
    /// </summary>
    internal static bool LeavesCurrencyOpen(IOperation pattern) =>
        pattern.DescendantsAndSelf().Any(part => part is INegatedPatternOperation { Pattern: not IConstantPatternOperation { Value.ConstantValue: { HasValue: true, Value: null } } }
            || part is IBinaryPatternOperation { OperatorKind: BinaryOperatorKind.Or });

    /// <summary>
    /// Whether a case's or arm's pattern, or a case label's value, names one currency for the value it tests: a constant
    /// other than <c>null</c> (<c>"USD"</c>) when that value is a currency or a currency's code
    /// (<paramref name="onCurrency"/>), or such a constant in a property pattern on a currency or its code
    /// (<c>{ Currency.Code: "USD" }</c>, <c>{ Code: "USD" }</c>, <c>{ Budget: { Currency.Code: "USD" } }</c>), also beside
    /// other patterns with <c>and</c>; not one that matches every currency (<c>var code</c>, <c>{ Currency: var c }</c>,
    /// <c>{ Currency.Code: { } }</c>).
    /// </summary>
    internal static bool NamesOneCurrency(IOperation pattern, bool onCurrency, KnownTypes types, int depth = 0)
    {
        if (depth > 8)
        {
            return false;
        }

        switch (pattern)
        {
            case IConstantPatternOperation { Value.ConstantValue: { HasValue: true, Value: not null } }:
                return onCurrency;
            case IBinaryPatternOperation { OperatorKind: BinaryOperatorKind.And } both:
                return NamesOneCurrency(both.LeftPattern, onCurrency, types, depth + 1) || NamesOneCurrency(both.RightPattern, onCurrency, types, depth + 1);
            case IRecursivePatternOperation recursive:
                foreach (var subpattern in recursive.PropertySubpatterns)
                {
                    if (NamesOneCurrency(subpattern.Pattern, IsCurrencyValue(subpattern.Member, types), types, depth + 1))
                    {
                        return true;
                    }
                }

                return false;
            case IPatternOperation:
                return false;
            default:
                // case "USD":
                return onCurrency && pattern.ConstantValue is { HasValue: true, Value: not null };
        }
    }

    /// <summary>Whether a value is a currency or a currency's code (<c>m.Currency</c>, <c>m.Currency.Code</c>, a pattern's
    /// <c>Currency.Code</c>, also upper-cased, lower-cased or trimmed, see <see cref="SkipCodeCase"/>).</summary>
    internal static bool IsCurrencyValue(IOperation value, KnownTypes types) =>
        SkipCodeCase(value.SkipConversions()) is { } read
        && (types.IsCurrency(read.Type) || (read is IPropertyReferenceOperation { Property.Name: "Code", Instance: { } currency } && types.IsCurrency(currency.Type)));

    /// <summary>
    /// The money value whose currency one operation reads, or null: <c>m</c> of <c>m.Currency</c> (also as a property
    /// pattern, <c>m is { Currency: var c }</c>, <c>m is { Currency.Code: "USD" }</c>, and a <c>case</c> or arm of a
    /// switch on <c>m</c>), or of a deconstruction that keeps the currency (<c>var (_, currency) = m;</c>).
    /// </summary>
    internal static IOperation? CurrencyReadOf(IOperation operation, KnownTypes types)
    {
        switch (operation)
        {
            case IPropertyReferenceOperation { Property.Name: "Currency", Instance: { } instance } read when types.IsMoney(read.Property.ContainingType):
                return PatternValue(instance);
            case IDeconstructionAssignmentOperation { Value: { } value } deconstruction when types.IsMoney(value.Type):
                var targets = deconstruction.Target is IDeclarationExpressionOperation { Expression: var declared } ? declared : deconstruction.Target;
                return targets is ITupleOperation { Elements: var elements }
                    && elements.Any(element => element is not IDiscardOperation && types.IsCurrency(element.Type))
                        ? value
                        : null;
            default:
                return null;
        }
    }

    /// <summary>
    /// The value a property pattern reads from (<c>Home</c> of <c>Home is { Currency.Code: "USD" }</c>, the value of the
    /// switch one of whose cases or arms it is), or the operation itself: also for a pattern nested in another
    /// (<c>{ Budget: { Currency: … } }</c>), whose input is a member of that value.
    /// </summary>
    internal static IOperation PatternValue(IOperation instance)
    {
        if (instance is not IInstanceReferenceOperation { ReferenceKind: InstanceReferenceKind.PatternInput })
        {
            return instance;
        }

        var child = instance;
        for (var parent = instance.Parent; parent is not null; child = parent, parent = parent.Parent)
        {
            switch (parent)
            {
                case IPropertySubpatternOperation subpattern when child == subpattern.Pattern:
                    return instance;
                case IIsPatternOperation pattern:
                    return pattern.Value;
                case ISwitchExpressionOperation expression:
                    return expression.Value;
                case ISwitchOperation statement:
                    return statement.Value;
            }
        }

        return instance;
    }

    /// <summary>
    /// The string a call that only changes its case or trims it is made on (<c>m.Currency.Code.ToUpperInvariant()</c>,
    /// <c>ToUpper()</c>, <c>ToLowerInvariant()</c>, <c>ToLower()</c>, <c>Trim()</c>), else the value itself: a currency's code
    /// is three upper-case letters, which upper-casing and trimming leave as they are and lower-casing maps to three
    /// lower-case letters of no other code, so a case or test on the result names the code itself (lower-cased: see
    /// <see cref="LowerCased"/>).
    /// </summary>
    internal static IOperation? SkipCodeCase(IOperation? value)
    {
        for (int depth = 0; depth < 4 && value is IInvocationOperation { Instance: { } text, Arguments.Length: 0, TargetMethod: { Name: "ToUpperInvariant" or "ToUpper" or "ToLowerInvariant" or "ToLower" or "Trim", ContainingType.SpecialType: SpecialType.System_String } }; depth++)
        {
            value = text.SkipConversions();
        }

        return value;
    }

    /// <summary>Whether a value is a string lower-cased (<c>code.ToLowerInvariant()</c>, <c>ToLower()</c>, also trimmed after):
    /// a constant it equals names the code upper-cased (<c>"cny"</c> names CNY).</summary>
    internal static bool LowerCased(IOperation value)
    {
        var current = value.SkipConversions();
        for (int depth = 0; depth < 4 && current is IInvocationOperation { Instance: { } text, Arguments.Length: 0, TargetMethod: { ContainingType.SpecialType: SpecialType.System_String } method }; depth++)
        {
            if (method.Name is "ToLowerInvariant" or "ToLower")
            {
                return true;
            }

            if (method.Name is not "Trim")
            {
                return false;
            }

            current = text.SkipConversions();
        }

        return false;
    }

    /// <summary>The money value whose currency (<c>m.Currency</c>) or currency code (<c>m.Currency.Code</c>, also upper-cased or
    /// trimmed) an operand reads, or null.</summary>
    internal static IOperation? CurrencyOf(IOperation operand, KnownTypes types)
    {
        var value = SkipCodeCase(operand.SkipConversions());
        if (value is IPropertyReferenceOperation { Property.Name: "Code", Instance: { } currency } && types.IsCurrency(currency.Type))
        {
            value = currency.SkipConversions();
        }

        return value is IPropertyReferenceOperation { Instance: { } money } read && types.IsCurrency(read.Type) && types.IsMoney(money.Type) ? money : null;
    }

    /// <summary>
    /// Whether a statement always leaves: <c>return</c>, <c>yield break</c>, <c>throw</c>, <c>continue</c>, <c>break</c>,
    /// or a block ending in one; not <c>yield return</c>, after which the iterator goes on, nor <c>goto</c>, which may
    /// jump forward to the code it would guard.
    /// </summary>
    public static bool Exits(IOperation statement) =>
        statement switch
        {
            IReturnOperation exit => exit.Kind != OperationKind.YieldReturn,
            IThrowOperation => true,
            IBranchOperation branch => branch.BranchKind != BranchKind.GoTo,
            IExpressionStatementOperation { Operation: IThrowOperation } => true,
            IExpressionStatementOperation { Operation: IInvocationOperation call } => DoesNotReturn(call.TargetMethod),
            IBlockOperation { Operations: { Length: > 0 } operations } => Exits(operations[operations.Length - 1]),
            _ => false,
        };

    /// <summary>
    /// Whether a method is marked <c>[DoesNotReturn]</c> (<c>System.Diagnostics.CodeAnalysis</c>): a call of it leaves as
    /// <c>throw</c> does. Not one also marked <c>[Conditional]</c> (<c>Debug.Fail</c>), whose call a Release build removes;
    /// and a method of the compilation only when its body shows it (see <see cref="BodyThrows"/>): the compiler checks the
    /// attribute only with nullable warnings on.
    /// </summary>
    public static bool DoesNotReturn(IMethodSymbol method)
    {
        if (IsConditional(method))
        {
            return false;
        }

        foreach (var attribute in method.GetAttributes())
        {
            if (attribute.AttributeClass is { Name: "DoesNotReturnAttribute", ContainingNamespace: { Name: "CodeAnalysis", ContainingNamespace: { Name: "Diagnostics", ContainingNamespace: { Name: "System", ContainingNamespace.IsGlobalNamespace: true } } } })
            {
                method = method.PartialImplementationPart ?? method;
                return method.DeclaringSyntaxReferences.IsEmpty || BodyThrows(method);
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the body of a method of the compilation always throws: an expression body that is a <c>throw</c>, or a
    /// block ending in a <c>throw</c> with no <c>return</c> or <c>yield</c> of its own. Not a method that can be replaced
    /// (virtual, abstract), nor an async one, whose <c>throw</c> does not reach its caller; anything else is unknown.
    /// </summary>
    private static bool BodyThrows(IMethodSymbol method)
    {
        if (method.IsVirtual || method.IsAbstract || method.IsAsync || (method.IsOverride && !method.IsSealed && !method.ContainingType.IsSealed)
            || method.DeclaringSyntaxReferences.Length != 1)
        {
            return false;
        }

        var (block, expression) = method.DeclaringSyntaxReferences[0].GetSyntax() switch
        {
            MethodDeclarationSyntax declaration => (declaration.Body, declaration.ExpressionBody),
            LocalFunctionStatementSyntax local => (local.Body, local.ExpressionBody),
            _ => ((BlockSyntax?)null, (ArrowExpressionClauseSyntax?)null),
        };
        if (expression is not null)
        {
            return expression.Expression is ThrowExpressionSyntax;
        }

        return block is { Statements: { Count: > 0 } statements } && statements[statements.Count - 1] is ThrowStatementSyntax
            && !block.DescendantNodes(node => node is not (AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax))
                .Any(node => node is ReturnStatementSyntax or YieldStatementSyntax);
    }

    /// <summary>Whether a method is marked <c>[Conditional]</c> (<c>System.Diagnostics</c>): a build without its symbol removes its calls.</summary>
    public static bool IsConditional(IMethodSymbol method)
    {
        foreach (var attribute in method.GetAttributes())
        {
            if (attribute.AttributeClass is { Name: "ConditionalAttribute", ContainingNamespace: { Name: "Diagnostics", ContainingNamespace: { Name: "System", ContainingNamespace.IsGlobalNamespace: true } } })
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether two operations read the same storage: the same local or parameter, or the same member of the same path,
    /// an indexer's with the same arguments (equal constants, or the same local or parameter).
    /// </summary>
    public static bool SamePath(IOperation? left, IOperation? right)
    {
        for (int i = 0; i < 8; i++)
        {
            left = left.SkipConversions();
            right = right.SkipConversions();
            switch (left, right)
            {
                case (ILocalReferenceOperation a, ILocalReferenceOperation b):
                    return SymbolEqualityComparer.Default.Equals(a.Local, b.Local);
                case (IParameterReferenceOperation a, IParameterReferenceOperation b):
                    return SymbolEqualityComparer.Default.Equals(a.Parameter, b.Parameter);
                case (IMemberReferenceOperation a, IMemberReferenceOperation b) when SymbolEqualityComparer.Default.Equals(a.Member, b.Member) && SameArguments(a, b):
                    if (a.Instance is null or IInstanceReferenceOperation && b.Instance is null or IInstanceReferenceOperation)
                    {
                        return true;
                    }

                    (left, right) = (a.Instance, b.Instance);
                    break;
                case (IArrayElementReferenceOperation a, IArrayElementReferenceOperation b) when SameIndices(a.Indices, b.Indices):
                    (left, right) = (a.ArrayReference, b.ArrayReference);
                    break;
                default:
                    return false;
            }
        }

        return false;
    }

    /// <summary>Whether two reads of one member have the same indexer arguments: equal constants or the same local or parameter.</summary>
    private static bool SameArguments(IMemberReferenceOperation left, IMemberReferenceOperation right)
    {
        if (left is not IPropertyReferenceOperation { Arguments: { Length: > 0 } first } || right is not IPropertyReferenceOperation { Arguments: var second })
        {
            return true;
        }

        if (first.Length != second.Length)
        {
            return false;
        }

        return SameIndices(first.Select(argument => argument.Value).ToImmutableArray(), second.Select(argument => argument.Value).ToImmutableArray());
    }

    /// <summary>Whether two lists of indices are equal constants or the same locals or parameters, one by one.</summary>
    private static bool SameIndices(ImmutableArray<IOperation> first, ImmutableArray<IOperation> second)
    {
        if (first.Length != second.Length)
        {
            return false;
        }

        for (int i = 0; i < first.Length; i++)
        {
            var one = first[i].SkipConversions();
            var other = second[i].SkipConversions();
            bool same = (one, other) switch
            {
                ({ ConstantValue: { HasValue: true } a }, { ConstantValue: { HasValue: true } b }) => Equals(a.Value, b.Value),
                (ILocalReferenceOperation a, ILocalReferenceOperation b) => SymbolEqualityComparer.Default.Equals(a.Local, b.Local),
                (IParameterReferenceOperation a, IParameterReferenceOperation b) => SymbolEqualityComparer.Default.Equals(a.Parameter, b.Parameter),
                _ => false,
            };
            if (!same)
            {
                return false;
            }
        }

        return true;
    }
}
