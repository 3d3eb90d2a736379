using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace AiRace.Analyzers;

internal sealed partial class CurrencyFlow
{
    /// <summary>
    /// The local channel whose elements a read gives: <c>channel.Reader</c> or <c>channel.Reader.ReadAllAsync(…)</c> of a
    /// local of <c>System.Threading.Channels.Channel&lt;T&gt;</c>; else null. Cheap: names are tested before types.
    /// </summary>
    private static ILocalReferenceOperation? ChannelRead(IOperation operation)
    {
        if (operation is IInvocationOperation { TargetMethod.Name: "ReadAllAsync", Instance: { } instance })
        {
            operation = instance.SkipConversions()!;
        }

        return operation is IPropertyReferenceOperation { Property.Name: "Reader", Instance: ILocalReferenceOperation { Local: { IsRef: false } local } channel }
            && IsChannel(local.Type)
            ? channel
            : null;
    }

    /// <summary><c>System.Threading.Channels.Channel&lt;T&gt;</c>.</summary>
    private static bool IsChannel(ITypeSymbol? type) =>
        type is INamedTypeSymbol { Name: "Channel", TypeArguments.Length: 1, ContainingNamespace: { Name: "Channels", ContainingNamespace: { Name: "Threading", ContainingNamespace: { Name: "System" } system } } }
        && system.ContainingNamespace.IsGlobalNamespace;

    /// <summary><c>System.Threading.Channels.ChannelReader&lt;T&gt;</c>'s element type, or null.</summary>
    private static ITypeSymbol? ChannelReaderElement(ITypeSymbol? type) =>
        type is INamedTypeSymbol { Name: "ChannelReader", TypeArguments.Length: 1, ContainingNamespace: { Name: "Channels", ContainingNamespace: { Name: "Threading", ContainingNamespace: { Name: "System" } system } } } reader
        && system.ContainingNamespace.IsGlobalNamespace
            ? reader.TypeArguments[0]
            : null;

    /// <summary>
    /// The parameter a <c>foreach</c> reads all of: the parameter itself, or a <c>ChannelReader&lt;T&gt;</c> parameter read
    /// by <c>reader.ReadAllAsync(…)</c> (every element the channel gives, until it is completed); else the collection.
    /// </summary>
    private static IOperation? ReadAllOf(IOperation? collection)
    {
        var read = collection.SkipConversions();
        return read is IInvocationOperation { TargetMethod.Name: "ReadAllAsync", Instance: { } reader } && reader.SkipConversions() is IParameterReferenceOperation parameter
            && ChannelReaderElement(parameter.Type) is not null
            ? parameter
            : read;
    }

    /// <summary>
    /// What a local channel holds (<c>var channel = Channel.CreateUnbounded&lt;Money&gt;();</c>): every value its method
    /// writes into it by <c>channel.Writer.WriteAsync(v, …)</c> or <c>channel.Writer.TryWrite(v)</c>. A write of a
    /// <c>foreach</c> variable's member (<c>row.Budget</c> for each <c>row</c> of a collection) writes that member of every
    /// element. A write that may not run (inside a branch, a lambda, a local function, or a loop that may skip it), a
    /// second read of the channel's reader (it takes elements away), a bounded channel given options (which may drop
    /// elements), a <c>TryWrite</c> into a bounded channel (it fails when full), a write not awaited into one, and a write
    /// after (or a completion inside a loop or lambda, which may come before) <c>channel.Writer.Complete()</c> leave
    /// elements that may be gone. Unknown when the channel is made any other way, written again, or used
    /// in any other way (the channel or its writer handed on), and for a member of the elements or under a filter.
    /// </summary>
    private Elements ChannelElements(ILocalReferenceOperation read, int depth, CancellationToken cancellationToken, ISymbol? projected)
    {
        var local = read.Local;
        if (projected is not null || t_filter is not null || !_types.IsMoney(((INamedTypeSymbol)local.Type).TypeArguments[0])
            || read.SemanticModel is not { } model || local.DeclaringSyntaxReferences.Length != 1
            || local.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken) is not VariableDeclaratorSyntax { Initializer: { } initializer } declarator
            || declarator.Parent?.Parent is not LocalDeclarationStatementSyntax { Parent: BlockSyntax block }
            || block.SyntaxTree != model.SyntaxTree
            || model.GetOperation(initializer.Value, cancellationToken).SkipConversions() is not IInvocationOperation
            {
                TargetMethod: { Name: "CreateUnbounded" or "CreateBounded", IsStatic: true } create,
            } made
            || !IsChannel(create.ReturnType))
        {
            return Elements.Unknown;
        }

        // a bounded channel given options may drop elements when full
        var elements = create.Name == "CreateBounded" && made.Arguments.Length == 1 && made.Arguments[0].Value.Type?.SpecialType != SpecialType.System_Int32
            ? Elements.Removal
            : Elements.None;
        bool bounded = create.Name == "CreateBounded";
        bool completed = false;
        int readers = 0;
        foreach (var node in block.DescendantNodes())
        {
            if (node is not IdentifierNameSyntax { Identifier.ValueText: var name } identifier || name != local.Name)
            {
                continue;
            }

            if (model.GetOperation(identifier, cancellationToken) is not ILocalReferenceOperation reference)
            {
                // a use the flow cannot read (nameof, a use it does not bind as an operation)
                if (SymbolEqualityComparer.Default.Equals(model.GetSymbolInfo(identifier, cancellationToken).Symbol, local))
                {
                    return Elements.Unknown;
                }

                continue;
            }

            if (!SymbolEqualityComparer.Default.Equals(reference.Local, local))
            {
                continue;
            }

            if (reference.Parent is not IPropertyReferenceOperation { Property.Name: "Reader" or "Writer" } end || end.Instance != reference)
            {
                return Elements.Unknown;
            }

            if (end.Property.Name == "Reader")
            {
                readers++;
                continue;
            }

            if (end.Parent is not IInvocationOperation { TargetMethod: { Name: var method } } use || use.Instance != end)
            {
                return Elements.Unknown;
            }

            switch (method)
            {
                case "Complete" or "TryComplete":
                    // a write after it fails (the document order; one inside a loop or a lambda may come before any write)
                    completed = true;
                    if (use.Parent is not IExpressionStatementOperation { Parent: IBlockOperation { Syntax: var around } } || around != block)
                    {
                        elements = elements.Join(Elements.Removal);
                    }

                    continue;
                case "WaitToWriteAsync":
                    continue;
                case "WriteAsync" or "TryWrite" when use.Arguments.Length > 0 && use.Arguments[0].Parameter?.Ordinal == 0:
                    // TryWrite into a bounded channel fails when it is full, and a write not awaited may still wait
                    bool surely = !completed && (!bounded || method == "WriteAsync" && use.Parent is IAwaitOperation);
                    elements = elements.Join(ChannelWrite(use, use.Arguments[0].Value, block, depth, cancellationToken));
                    if (!surely)
                    {
                        elements = elements.Join(Elements.Removal);
                    }

                    continue;
                default:
                    return Elements.Unknown;
            }
        }

        return readers > 1 ? elements.Join(Elements.Removal) : elements;
    }

    /// <summary>
    /// What one write into a channel puts there: the value's currency, or a <c>foreach</c> variable's member over the
    /// loop's collection; joined with a removal when the write may not run each time its block does.
    /// </summary>
    private Elements ChannelWrite(IInvocationOperation write, IOperation value, SyntaxNode declaringBlock, int depth, CancellationToken cancellationToken)
    {
        var written = value.SkipConversions();
        Elements elements;
        if (written is IPropertyReferenceOperation { Instance: ILocalReferenceOperation { Local: { } element } } member && !member.Property.IsIndexer
            && LoopOf(write, element) is { } loop)
        {
            elements = MemberElementsOf(loop.Collection, member.Property, cancellationToken);
        }
        else if (written is ILocalReferenceOperation { Local: { } variable } && LoopOf(write, variable) is { } over)
        {
            elements = ElementsOf(over.Collection, depth + 1, cancellationToken);
        }
        else
        {
            elements = Elements.Of(Value(written, depth + 1, FlowMode.Exact, cancellationToken));
        }

        return RunsWithBlock(write, declaringBlock) ? elements : elements.Join(Elements.Removal);

        static IForEachLoopOperation? LoopOf(IOperation from, ILocalSymbol variable)
        {
            for (var around = from.Parent; around is not null; around = around.Parent)
            {
                if (around is IForEachLoopOperation { LoopControlVariable: IVariableDeclaratorOperation { Symbol: { } declared } } loop
                    && SymbolEqualityComparer.Default.Equals(declared, variable))
                {
                    return loop;
                }
            }

            return null;
        }
    }

    /// <summary>
    /// Whether a write runs whenever the block that declares the channel does: its statement is a statement of that
    /// block, or of the body of a <c>foreach</c> loop that runs it for every element (no <c>continue</c>, <c>break</c>,
    /// <c>goto</c>, <c>return</c> or <c>throw</c> of its own) and itself runs with the block.
    /// </summary>
    private static bool RunsWithBlock(IOperation write, SyntaxNode declaringBlock)
    {
        var value = write.Parent is IAwaitOperation awaited ? awaited : write;
        if (value.Parent is not IExpressionStatementOperation statement)
        {
            return false;
        }

        for (IOperation current = statement; ;)
        {
            var parent = current.Parent;
            if (parent is IBlockOperation && parent.Syntax == declaringBlock)
            {
                return true;
            }

            var loop = parent is IBlockOperation { Parent: IForEachLoopOperation around } body && around.Body == body ? around
                : parent is IForEachLoopOperation direct && direct.Body == current ? direct
                : null;
            if (loop is null)
            {
                return false;
            }

            foreach (var inner in loop.Body.Descendants())
            {
                if (inner is IBranchOperation or IReturnOperation or IThrowOperation)
                {
                    return false;
                }
            }

            current = loop;
        }
    }

    /// <summary>Whether a use of a channel reader parameter is <c>reader.ReadAllAsync(…)</c> read by a <c>foreach</c>.</summary>
    private static bool ReadAllInLoop(IOperation? parent, IOperation use)
    {
        if (parent is not IInvocationOperation { TargetMethod.Name: "ReadAllAsync" } readAll || readAll.Instance != use)
        {
            return false;
        }

        IOperation collection = readAll;
        while (collection.Parent is IConversionOperation conversion && conversion.Operand == collection)
        {
            collection = conversion;
        }

        return collection.Parent is IForEachLoopOperation loop && loop.Collection == collection;
    }
}
