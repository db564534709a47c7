using System.Reflection;
using System.Reflection.Emit;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;

namespace TranscriptLens.Tests.Architecture;

/// <summary>
/// The metadata tokens a method body's IL refers to: types (<c>newarr</c>, <c>castclass</c>,
/// <c>ldtoken</c>…), fields, methods and member references, generic method instantiations and
/// stand-alone signatures (<c>calli</c>). What a method does with another type shows up only here:
/// <c>new LinearMessageTagger(…)</c> in a method leaves no trace in any signature.
/// </summary>
internal static class MethodBodyTokens
{
    // Operand kinds from the runtime's own opcode table, so every opcode is covered.
    private static readonly Dictionary<ILOpCode, OperandType> Operands = typeof(OpCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => (OpCode)f.GetValue(null)!)
        .ToDictionary(o => (ILOpCode)(ushort)o.Value, o => o.OperandType);

    /// <summary>The token operands of <paramref name="body"/>'s instructions, in order.</summary>
    public static List<EntityHandle> Of(MethodBodyBlock body)
    {
        var tokens = new List<EntityHandle>();
        var il = body.GetILReader();
        while (il.RemainingBytes > 0)
        {
            var code = Read(ref il);
            var operand = Operands.TryGetValue(code, out var kind)
                ? kind
                : throw new InvalidOperationException($"unknown IL opcode 0x{(int)code:X}");
            switch (operand)
            {
                case OperandType.InlineField or OperandType.InlineMethod or OperandType.InlineTok or OperandType.InlineType or OperandType.InlineSig:
                    tokens.Add(MetadataTokens.EntityHandle(il.ReadInt32()));
                    break;
                case OperandType.InlineSwitch:
                    // The count first, then one 4-byte target per case (read apart: 'Offset +=' would
                    // take the offset before the count is read).
                    var cases = il.ReadInt32();
                    il.Offset += 4 * cases;
                    break;
                default:
                    il.Offset += Size(operand);
                    break;
            }
        }

        return tokens;
    }

    // One byte, or 0xFE and a second byte (ILOpCode spells two-byte opcodes as 0xFEnn).
    private static ILOpCode Read(ref BlobReader il)
    {
        int code = il.ReadByte();
        return (ILOpCode)(code == 0xFE ? 0xFE00 | il.ReadByte() : code);
    }

    private static int Size(OperandType operand) => operand switch
    {
        OperandType.InlineNone => 0,
        OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar => 1,
        OperandType.InlineVar => 2,
        OperandType.InlineBrTarget or OperandType.InlineI or OperandType.InlineString or OperandType.ShortInlineR => 4,
        OperandType.InlineI8 or OperandType.InlineR => 8,
        _ => throw new InvalidOperationException($"unexpected IL operand kind {operand}"),
    };
}
