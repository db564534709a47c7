using System.Collections.Immutable;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace TranscriptLens.Tests.Architecture;

/// <summary>
/// Reads which namespaces of an assembly depend on which, from the compiled assembly's metadata and
/// IL (System.Reflection.Metadata, nothing loaded or run): every type another type names in its base
/// type, interfaces, generic constraints, custom attributes, field, property, event and method
/// signatures, local variables, catch clauses and method bodies. References to other assemblies are
/// left out. Constants are invisible by nature (the compiler copies their values), and so are
/// <c>typeof</c> arguments inside attribute blobs; neither is used between namespaces here.
/// </summary>
internal sealed class NamespaceDependencyReader
{
    private readonly PEReader _pe;
    private readonly MetadataReader _reader;
    private readonly AssemblyTypes _types;
    private readonly TypeSignatureProvider _signatures;
    private readonly NamespaceGraph _graph = new();

    private NamespaceDependencyReader(PEReader pe)
    {
        _pe = pe;
        _reader = pe.GetMetadataReader();
        _types = new AssemblyTypes(_reader);
        _signatures = new TypeSignatureProvider(_types);
    }

    /// <summary>The namespace graph of the assembly at <paramref name="path"/>.</summary>
    public static NamespaceGraph Read(string path)
    {
        using var pe = new PEReader(File.OpenRead(path));
        var reader = new NamespaceDependencyReader(pe);
        foreach (var type in reader._types.All)
        {
            reader.ReadType(type);
        }

        return reader._graph;
    }

    private void ReadType(TypeDefinitionHandle handle)
    {
        if (_types.NamespaceOf(handle) is not { } from)
        {
            return;
        }

        _graph.AddNamespace(from);
        var source = _types.NameOf(handle);
        void Uses(EntityHandle target)
        {
            foreach (var used in Resolve(target))
            {
                if (_types.NamespaceOf(used) is { } to)
                {
                    _graph.Add(from, to, $"{source} uses {_types.NameOf(used)}");
                }
            }
        }

        var type = _reader.GetTypeDefinition(handle);
        Uses(type.BaseType);
        Attributes(type.GetCustomAttributes(), Uses);
        GenericParameters(type.GetGenericParameters(), Uses);
        foreach (var implementation in type.GetInterfaceImplementations().Select(_reader.GetInterfaceImplementation))
        {
            Uses(implementation.Interface);
            Attributes(implementation.GetCustomAttributes(), Uses);
        }

        foreach (var implementation in type.GetMethodImplementations().Select(_reader.GetMethodImplementation))
        {
            Uses(implementation.MethodBody);
            Uses(implementation.MethodDeclaration);
        }

        foreach (var field in type.GetFields().Select(_reader.GetFieldDefinition))
        {
            Each(field.DecodeSignature(_signatures, null), Uses);
            Attributes(field.GetCustomAttributes(), Uses);
        }

        foreach (var property in type.GetProperties().Select(_reader.GetPropertyDefinition))
        {
            Each(property.DecodeSignature(_signatures, null), Uses);
            Attributes(property.GetCustomAttributes(), Uses);
        }

        foreach (var e in type.GetEvents().Select(_reader.GetEventDefinition))
        {
            Uses(e.Type);
            Attributes(e.GetCustomAttributes(), Uses);
        }

        foreach (var method in type.GetMethods().Select(_reader.GetMethodDefinition))
        {
            Method(method, Uses);
        }
    }

    private void Method(MethodDefinition method, Action<EntityHandle> uses)
    {
        Each(method.DecodeSignature(_signatures, null), uses);
        Attributes(method.GetCustomAttributes(), uses);
        GenericParameters(method.GetGenericParameters(), uses);
        foreach (var parameter in method.GetParameters().Select(_reader.GetParameter))
        {
            Attributes(parameter.GetCustomAttributes(), uses);
        }

        if (method.RelativeVirtualAddress == 0)
        {
            return;
        }

        var body = _pe.GetMethodBody(method.RelativeVirtualAddress);
        uses(body.LocalSignature);
        foreach (var region in body.ExceptionRegions)
        {
            uses(region.CatchType);
        }

        foreach (var token in MethodBodyTokens.Of(body))
        {
            uses(token);
        }
    }

    private void Attributes(CustomAttributeHandleCollection attributes, Action<EntityHandle> uses)
    {
        foreach (var attribute in attributes)
        {
            uses(_reader.GetCustomAttribute(attribute).Constructor);
        }
    }

    private void GenericParameters(GenericParameterHandleCollection parameters, Action<EntityHandle> uses)
    {
        foreach (var parameter in parameters.Select(_reader.GetGenericParameter))
        {
            Attributes(parameter.GetCustomAttributes(), uses);
            foreach (var constraint in parameter.GetConstraints().Select(_reader.GetGenericParameterConstraint))
            {
                uses(constraint.Type);
            }
        }
    }

    // The types of this assembly a token stands for: a member stands for its declaring type (and,
    // for a reference, the types in its signature); a generic instantiation for all its arguments.
    private IEnumerable<TypeDefinitionHandle> Resolve(EntityHandle handle)
    {
        // Nil: no base type, no locals, a finally clause (a nil handle still has a kind).
        if (handle.IsNil)
        {
            return [];
        }

        switch (handle.Kind)
        {
            case HandleKind.TypeDefinition:
                return [(TypeDefinitionHandle)handle];
            case HandleKind.TypeReference:
                return _types.Resolve((TypeReferenceHandle)handle) is { } definition ? [definition] : [];
            case HandleKind.TypeSpecification:
                return _reader.GetTypeSpecification((TypeSpecificationHandle)handle).DecodeSignature(_signatures, null);
            case HandleKind.FieldDefinition:
                return [_reader.GetFieldDefinition((FieldDefinitionHandle)handle).GetDeclaringType()];
            case HandleKind.MethodDefinition:
                return [_reader.GetMethodDefinition((MethodDefinitionHandle)handle).GetDeclaringType()];
            case HandleKind.MemberReference:
                var member = _reader.GetMemberReference((MemberReferenceHandle)handle);
                var signature = member.GetKind() == MemberReferenceKind.Method
                    ? Flatten(member.DecodeMethodSignature(_signatures, null))
                    : member.DecodeFieldSignature(_signatures, null);
                return Resolve(member.Parent).Concat(signature);
            case HandleKind.MethodSpecification:
                var specification = _reader.GetMethodSpecification((MethodSpecificationHandle)handle);
                return Resolve(specification.Method).Concat(specification.DecodeSignature(_signatures, null).SelectMany(a => a));
            case HandleKind.StandaloneSignature:
                var standalone = _reader.GetStandaloneSignature((StandaloneSignatureHandle)handle);
                return standalone.GetKind() == StandaloneSignatureKind.LocalVariables
                    ? standalone.DecodeLocalSignature(_signatures, null).SelectMany(l => l)
                    : Flatten(standalone.DecodeMethodSignature(_signatures, null));
            default:
                // A module reference (a vararg call's parent): another file.
                return [];
        }
    }

    private static IEnumerable<TypeDefinitionHandle> Flatten(MethodSignature<ImmutableArray<TypeDefinitionHandle>> signature) =>
        signature.ReturnType.Concat(signature.ParameterTypes.SelectMany(p => p));

    private static void Each(IEnumerable<TypeDefinitionHandle> types, Action<EntityHandle> uses)
    {
        foreach (var type in types)
        {
            uses(type);
        }
    }

    private static void Each(MethodSignature<ImmutableArray<TypeDefinitionHandle>> signature, Action<EntityHandle> uses) =>
        Each(Flatten(signature), uses);
}
