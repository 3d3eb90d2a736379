using System;
using System.IO;

namespace AiRace.Core;

/// <summary>Opens the data files embedded in this assembly (ISO tables, reference rates, the policy dataset).</summary>
internal static class EmbeddedResource
{
    /// <summary>Opens an embedded resource as a stream.</summary>
    /// <exception cref="InvalidOperationException">The resource is missing (a build problem, named in the message).</exception>
    public static Stream Open(string name) =>
        typeof(EmbeddedResource).Assembly.GetManifestResourceStream(name)
        ?? throw new InvalidOperationException($"The embedded resource '{name}' is missing from {typeof(EmbeddedResource).Assembly.GetName().Name}.");

    /// <summary>Opens an embedded resource as UTF-8 text.</summary>
    public static StreamReader OpenText(string name) => new(Open(name));
}
