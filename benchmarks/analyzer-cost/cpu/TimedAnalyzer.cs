using System.Collections.Immutable;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

/// <summary>Thread CPU time, calls and allocated bytes of one analyzer's callbacks, summed over threads.</summary>
internal sealed class CallbackCounter
{
    private long _nanoseconds;
    private long _calls;
    private long _bytes;

    /// <summary>Runs one callback and counts it.</summary>
    public void Run<T>(Action<T> action, T argument)
    {
        long bytes = GC.GetAllocatedBytesForCurrentThread();
        long start = Clock.ThreadNanoseconds();
        try
        {
            action(argument);
        }
        finally
        {
            Interlocked.Add(ref _nanoseconds, Clock.ThreadNanoseconds() - start);
            Interlocked.Add(ref _bytes, GC.GetAllocatedBytesForCurrentThread() - bytes);
            Interlocked.Increment(ref _calls);
        }
    }

    /// <summary>The CPU nanoseconds counted so far, and a reset.</summary>
    public long TakeNanoseconds() => Interlocked.Exchange(ref _nanoseconds, 0);

    /// <summary>The calls counted so far, and a reset.</summary>
    public long TakeCalls() => Interlocked.Exchange(ref _calls, 0);

    /// <summary>The bytes allocated so far, and a reset.</summary>
    public long TakeBytes() => Interlocked.Exchange(ref _bytes, 0);
}

/// <summary>An analyzer whose every action (compilation start, operation, symbol, …) is counted.</summary>
internal sealed class TimedAnalyzer(DiagnosticAnalyzer inner, CallbackCounter counter) : DiagnosticAnalyzer
{
    public TimedAnalyzer(DiagnosticAnalyzer inner)
        : this(inner, new CallbackCounter())
    {
    }

    public CallbackCounter Counter { get; } = counter;

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => inner.SupportedDiagnostics;

    public override void Initialize(AnalysisContext context) => inner.Initialize(new TimedContext(context, Counter));
}

/// <summary>Passes every registration on, wrapped in a counter.</summary>
internal sealed class TimedContext(AnalysisContext context, CallbackCounter counter) : AnalysisContext
{
    public override void EnableConcurrentExecution() => context.EnableConcurrentExecution();

    public override void ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags analysisMode) => context.ConfigureGeneratedCodeAnalysis(analysisMode);

    public override void RegisterCompilationStartAction(Action<CompilationStartAnalysisContext> action) =>
        context.RegisterCompilationStartAction(start => counter.Run(a => action(new TimedStart(a, counter)), start));

    public override void RegisterCompilationAction(Action<CompilationAnalysisContext> action) => context.RegisterCompilationAction(Wrap(action));

    public override void RegisterSemanticModelAction(Action<SemanticModelAnalysisContext> action) => context.RegisterSemanticModelAction(Wrap(action));

    public override void RegisterSymbolAction(Action<SymbolAnalysisContext> action, ImmutableArray<SymbolKind> symbolKinds) => context.RegisterSymbolAction(Wrap(action), symbolKinds);

    public override void RegisterCodeBlockStartAction<TLanguageKindEnum>(Action<CodeBlockStartAnalysisContext<TLanguageKindEnum>> action) => context.RegisterCodeBlockStartAction(Wrap(action));

    public override void RegisterCodeBlockAction(Action<CodeBlockAnalysisContext> action) => context.RegisterCodeBlockAction(Wrap(action));

    public override void RegisterSyntaxTreeAction(Action<SyntaxTreeAnalysisContext> action) => context.RegisterSyntaxTreeAction(Wrap(action));

    public override void RegisterSyntaxNodeAction<TLanguageKindEnum>(Action<SyntaxNodeAnalysisContext> action, ImmutableArray<TLanguageKindEnum> syntaxKinds) => context.RegisterSyntaxNodeAction(Wrap(action), syntaxKinds);

    public override void RegisterOperationAction(Action<OperationAnalysisContext> action, ImmutableArray<OperationKind> operationKinds) => context.RegisterOperationAction(Wrap(action), operationKinds);

    public override void RegisterOperationBlockStartAction(Action<OperationBlockStartAnalysisContext> action) => context.RegisterOperationBlockStartAction(Wrap(action));

    public override void RegisterOperationBlockAction(Action<OperationBlockAnalysisContext> action) => context.RegisterOperationBlockAction(Wrap(action));

    public override void RegisterSymbolStartAction(Action<SymbolStartAnalysisContext> action, SymbolKind symbolKind) => context.RegisterSymbolStartAction(Wrap(action), symbolKind);

    private Action<T> Wrap<T>(Action<T> action) => argument => counter.Run(action, argument);
}

/// <summary>The compilation start context with every registration wrapped in the counter.</summary>
internal sealed class TimedStart(CompilationStartAnalysisContext start, CallbackCounter counter)
    : CompilationStartAnalysisContext(start.Compilation, start.Options, start.CancellationToken)
{
    public override void RegisterCompilationEndAction(Action<CompilationAnalysisContext> action) => start.RegisterCompilationEndAction(Wrap(action));

    public override void RegisterSemanticModelAction(Action<SemanticModelAnalysisContext> action) => start.RegisterSemanticModelAction(Wrap(action));

    public override void RegisterSymbolAction(Action<SymbolAnalysisContext> action, ImmutableArray<SymbolKind> symbolKinds) => start.RegisterSymbolAction(Wrap(action), symbolKinds);

    public override void RegisterCodeBlockStartAction<TLanguageKindEnum>(Action<CodeBlockStartAnalysisContext<TLanguageKindEnum>> action) => start.RegisterCodeBlockStartAction(Wrap(action));

    public override void RegisterCodeBlockAction(Action<CodeBlockAnalysisContext> action) => start.RegisterCodeBlockAction(Wrap(action));

    public override void RegisterSyntaxTreeAction(Action<SyntaxTreeAnalysisContext> action) => start.RegisterSyntaxTreeAction(Wrap(action));

    public override void RegisterSyntaxNodeAction<TLanguageKindEnum>(Action<SyntaxNodeAnalysisContext> action, ImmutableArray<TLanguageKindEnum> syntaxKinds) => start.RegisterSyntaxNodeAction(Wrap(action), syntaxKinds);

    public override void RegisterOperationAction(Action<OperationAnalysisContext> action, ImmutableArray<OperationKind> operationKinds) => start.RegisterOperationAction(Wrap(action), operationKinds);

    public override void RegisterOperationBlockStartAction(Action<OperationBlockStartAnalysisContext> action) => start.RegisterOperationBlockStartAction(Wrap(action));

    public override void RegisterOperationBlockAction(Action<OperationBlockAnalysisContext> action) => start.RegisterOperationBlockAction(Wrap(action));

    public override void RegisterSymbolStartAction(Action<SymbolStartAnalysisContext> action, SymbolKind symbolKind) => start.RegisterSymbolStartAction(Wrap(action), symbolKind);

    private Action<T> Wrap<T>(Action<T> action) => argument => counter.Run(action, argument);
}

/// <summary>Loads the analyzer assembly into the default context (this process has nothing else of the same name).</summary>
internal sealed class DirectLoader : IAnalyzerAssemblyLoader
{
    public void AddDependencyLocation(string fullPath)
    {
    }

    public Assembly LoadFromPath(string fullPath) => Assembly.LoadFrom(fullPath);
}
