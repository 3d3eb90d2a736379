using System;

namespace AiRace.Core.Data;

/// <summary>
/// Options for loading a policy dataset document: the same for every way of loading one (<see cref="PolicyData.Parse(string, PolicyDataset?, PolicyDataOptions?)"/>,
/// <see cref="PolicyData.Load(System.IO.Stream, PolicyDataset?, PolicyDataOptions)"/>,
/// <see cref="PolicyData.LoadFile(string, PolicyDataset?, PolicyDataOptions?)"/> and the methods that take bytes).
/// </summary>
/// <remarks>
/// The loader holds a whole document in memory while it reads it, several times its size at the peak (the bytes, the
/// parsed values and the facts built from them), so the default limit keeps a document from an
/// untrusted source from taking the process's memory. Raise it for a large document you trust, for example
/// <c>new PolicyDataOptions { MaxDocumentBytes = 1L &lt;&lt; 30 }</c> for 1 GiB (a million programmes written
/// indented take about 700 MB). Instances are immutable and thread-safe.
/// </remarks>
public sealed class PolicyDataOptions
{
    /// <summary>The largest limit that can be set: the loader holds a document in one array of bytes, and no .NET
    /// array is longer (<see cref="Array.MaxLength"/>, just under 2 GiB).</summary>
    public static readonly long LargestMaxDocumentBytes = Array.MaxLength;

    private readonly long _maxDocumentBytes = PolicyData.MaxDocumentBytes;

    /// <summary>The options used when none are given: the limit of <see cref="PolicyData.MaxDocumentBytes"/>
    /// (256 MiB).</summary>
    public static PolicyDataOptions Default { get; } = new();

    /// <summary>The largest document, in UTF-8 bytes, that the loader accepts; a larger one is refused with a
    /// <see cref="PolicyDataException"/> that gives its size and this limit, and a stream is refused before more than
    /// this is read from it. Defaults to <see cref="PolicyData.MaxDocumentBytes"/> (256 MiB).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is less than 1 or more than
    /// <see cref="LargestMaxDocumentBytes"/>.</exception>
    public long MaxDocumentBytes
    {
        get => _maxDocumentBytes;
        init
        {
            if (value < 1 || value > LargestMaxDocumentBytes)
            {
                throw new ArgumentOutOfRangeException(nameof(MaxDocumentBytes), value, string.Create(System.Globalization.CultureInfo.InvariantCulture, $"The limit must be from 1 to {LargestMaxDocumentBytes:N0} bytes (the longest array .NET allocates); found {value:N0}."));
            }

            _maxDocumentBytes = value;
        }
    }
}
