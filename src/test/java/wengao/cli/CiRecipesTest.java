package wengao.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The CI recipes of docs/ci/ are the README's, and they run the README's commands. */
class CiRecipesTest {

    @Test
    void theReadmeShowsEachRecipeAsItIsAndEachBuildsAsTheReadmeSays() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        for (String name : List.of("github-actions.yml", "gitlab-ci.yml")) {
            String recipe = Files.readString(Path.of("docs/ci", name));
            assertTrue(readme.contains("```yaml\n" + recipe.strip() + "\n```"), name + " is in the README as it is");
            for (String command : List.of("mvn -B -q package -DskipTests", "java -jar target/wengao.jar build --strict")) {
                assertTrue(recipe.contains(command), name + " runs " + command);
            }
            assertTrue(recipe.contains(".wengao-cache/") && recipe.contains("site/"), name + " caches the build cache, keeps the site");
        }
        assertTrue(readme.contains("mvn -B -q package -DskipTests && java -jar target/wengao.jar build"), "the set-up's command");
    }
}
