using System;
using System.Collections.Generic;
using System.Linq;

namespace AiRace.Core.Data;

/// <summary>A policy dataset document has problems; nothing from it was loaded. <see cref="Problems"/> lists every
/// one, each with its path, line, column and reason.</summary>
public sealed class PolicyDataException : Exception
{
    /// <summary>Creates the exception.</summary>
    public PolicyDataException()
        : this(Array.Empty<DataProblem>())
    {
    }

    /// <summary>Creates the exception with a message and no problems.</summary>
    /// <param name="message">The message.</param>
    public PolicyDataException(string message)
        : base(message)
    {
        Problems = Array.Empty<DataProblem>();
    }

    /// <summary>Creates the exception with a message and an inner exception.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public PolicyDataException(string message, Exception innerException)
        : base(message, innerException)
    {
        Problems = Array.Empty<DataProblem>();
    }

    /// <summary>Creates the exception for a list of problems.</summary>
    /// <param name="problems">Every problem found.</param>
    public PolicyDataException(IReadOnlyList<DataProblem> problems)
        : base(Describe(problems))
    {
        Problems = problems;
    }

    /// <summary>Every problem found, in document order.</summary>
    public IReadOnlyList<DataProblem> Problems { get; }

    private static string Describe(IReadOnlyList<DataProblem> problems) =>
        problems.Count == 0
            ? "The policy dataset is invalid."
            : $"The policy dataset has {problems.Count} problem{(problems.Count == 1 ? string.Empty : "s")}; nothing was loaded:{Environment.NewLine}"
              + string.Join(Environment.NewLine, problems.Select(p => "  " + p));
}
