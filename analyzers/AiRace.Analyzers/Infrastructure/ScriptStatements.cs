using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace AiRace.Analyzers;

/// <summary>
/// The statements of a script (<c>.csx</c>): the compiler hands them to no operation action (only a script's variables,
/// which are fields of the script, get their initializers analyzed), so each statement is read here and every operation
/// in it, lambdas included, is given to the rules that hook its kind, as the compiler gives a method body's.
/// </summary>
internal sealed class ScriptStatements
{
    private readonly CallDispatch? _calls;
    private readonly IBinaryRule[] _binaries;
    private readonly ICompoundAssignmentRule[] _compounds;
    private readonly IOperationRule[] _operations;
    private readonly CompilationFacts _facts;

    public ScriptStatements(CallDispatch? calls, IBinaryRule[] binaries, ICompoundAssignmentRule[] compounds, IOperationRule[] operations, CompilationFacts facts)
    {
        _calls = calls;
        _binaries = binaries;
        _compounds = compounds;
        _operations = operations;
        _facts = facts;
    }

    /// <summary>Whether a compilation has a script's tree.</summary>
    public static bool HasScript(Compilation compilation)
    {
        foreach (var tree in compilation.SyntaxTrees)
        {
            if (tree.Options.Kind == SourceCodeKind.Script)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Analyzes one statement of a script (a program's top-level statements reach the operation actions).</summary>
    public void Run(SyntaxNodeAnalysisContext context)
    {
        var global = (GlobalStatementSyntax)context.Node;
        if (global.SyntaxTree.Options.Kind != SourceCodeKind.Script || global.Statement is LocalDeclarationStatementSyntax
            || context.SemanticModel.GetOperation(global.Statement, context.CancellationToken) is not { } statement)
        {
            // a script's variable is a field of the script, whose initializer the compiler's own actions analyze
            return;
        }

        if ((context.SemanticModel.GetEnclosingSymbol(global.Statement.SpanStart, context.CancellationToken) ?? context.ContainingSymbol) is not { } containing)
        {
            return;
        }

        var pending = new Stack<IOperation>();
        pending.Push(statement);
        while (pending.Count > 0)
        {
            var operation = pending.Pop();
            foreach (var child in operation.ChildOperations)
            {
                pending.Push(child);
            }

            Dispatch(context, operation, containing);
        }
    }

    private void Dispatch(in SyntaxNodeAnalysisContext context, IOperation operation, ISymbol containing)
    {
        var kind = operation.Kind;
        bool call = _calls is not null && kind is OperationKind.Invocation or OperationKind.ObjectCreation;
        bool binary = _binaries.Length > 0 && kind == OperationKind.Binary;
        bool compound = _compounds.Length > 0 && kind == OperationKind.CompoundAssignment;
        List<IOperationRule>? hooked = null;
        foreach (var rule in _operations)
        {
            if (rule.OperationKinds.Contains(kind))
            {
                (hooked ??= new List<IOperationRule>()).Add(rule);
            }
        }

        if (!call && !binary && !compound && hooked is null)
        {
            return;
        }

        var operationContext = ContextOf(context, operation, containing);
        if (call)
        {
            _calls!.Run(operationContext);
        }

        if (binary)
        {
            AiRaceAnalyzer.RunBinary(_binaries, _facts, operationContext);
        }

        if (compound)
        {
            AiRaceAnalyzer.RunCompound(_compounds, _facts, operationContext);
        }

        if (hooked is not null)
        {
            AiRaceAnalyzer.RunOperation(hooked.ToArray(), _facts, operationContext);
        }
    }

    /// <summary>The context the compiler would give an operation action, reporting through the statement's context (the
    /// only public way to make one: no rule asks it for a control flow graph).</summary>
    private static OperationAnalysisContext ContextOf(SyntaxNodeAnalysisContext context, IOperation operation, ISymbol containing)
    {
#pragma warning disable CS0618
        return new OperationAnalysisContext(operation, containing, context.Compilation, context.Options, context.ReportDiagnostic, _ => true, context.CancellationToken);
#pragma warning restore CS0618
    }
}
