using System;
using System.IO;

namespace AiRace.Benchmarks.Scale;

/// <summary>
/// Turns a <c>perf record</c> started with <c>--control fifo:CTL,ACK -D -1</c> (events disabled) on around each
/// timed part of <c>scale-load</c> and off after it, so that a profile holds the load only, not the generation of the
/// dataset or the writing of its document: <c>AIRACE_PERF_CTL=CTL,ACK</c> names the two fifos, and
/// <c>AIRACE_PERF_FROM_RUN=N</c> leaves the first N runs out (their code is not yet at its final tier). Without the
/// variables it does nothing and every run would count.
/// </summary>
internal static class PerfControl
{
    /// <summary>The first run (from 0) that the profile records.</summary>
    public static readonly int FirstRun = int.TryParse(Environment.GetEnvironmentVariable("AIRACE_PERF_FROM_RUN"), out int first) ? first : 0;

    private static readonly (FileStream Control, FileStream Ack)? Fifos = Open();

    /// <summary>Starts the recording (waits for perf's acknowledgement).</summary>
    public static void Enable() => Send("enable\n");

    /// <summary>Stops the recording (waits for perf's acknowledgement).</summary>
    public static void Disable() => Send("disable\n");

    private static (FileStream, FileStream)? Open()
    {
        string? paths = Environment.GetEnvironmentVariable("AIRACE_PERF_CTL");
        if (string.IsNullOrEmpty(paths))
        {
            return null;
        }

        string[] both = paths.Split(',');
        var control = new FileStream(both[0], FileMode.Open, FileAccess.Write);
        var ack = new FileStream(both[1], FileMode.Open, FileAccess.Read);
        return (control, ack);
    }

    private static void Send(string command)
    {
        if (Fifos is not (FileStream control, FileStream ack))
        {
            return;
        }

        byte[] bytes = System.Text.Encoding.ASCII.GetBytes(command);
        control.Write(bytes);
        control.Flush();
        byte[] reply = new byte[16];
        _ = ack.Read(reply, 0, reply.Length);
    }
}
