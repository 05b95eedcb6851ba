package wengao.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The folders a build reads, as every command that builds or checks names them. */
final class SourceFolders {

    @Option(names = "--content", paramLabel = "DIR", defaultValue = "content",
            description = "Folder of speeches (.txt, .md), read recursively. Default: ${DEFAULT-VALUE}")
    Path content;

    @Option(names = "--templates", paramLabel = "DIR", defaultValue = "templates",
            description = "Folder of Pebble templates and assets; missing files fall back to the built-in ones. Default: ${DEFAULT-VALUE}")
    Path templates;
}
