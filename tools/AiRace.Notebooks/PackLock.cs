using System;
using System.IO;
using System.Threading;

namespace AiRace.Notebooks;

/// <summary>
/// A lock file that serialises <c>dotnet pack</c> of the repository's projects between processes (the notebook job
/// and the package tests may run at the same time, and two packs of one project would share its obj folder).
/// </summary>
public static class PackLock
{
    /// <summary>Waits (up to 15 minutes) for the lock and holds it until the returned handle is disposed.</summary>
    /// <param name="repoRoot">The repository root; the lock file is <c>artifacts/.pack.lock</c>.</param>
    /// <returns>The held lock.</returns>
    /// <exception cref="TimeoutException">The lock was not released in time.</exception>
    public static IDisposable Acquire(string repoRoot)
    {
        string path = Path.Combine(repoRoot, "artifacts", ".pack.lock");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        DateTime deadline = DateTime.UtcNow.AddMinutes(15);
        while (true)
        {
            try
            {
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.DeleteOnClose);
            }
            catch (IOException) when (DateTime.UtcNow < deadline)
            {
                Thread.Sleep(500);
            }
        }
    }
}
