namespace TranscriptLens.Core.Analysis;

/// <summary>One reply: who replied to whom, and how long after the end of the turn before.</summary>
internal readonly record struct LatencySample(int Person, int Partner, double Seconds);
