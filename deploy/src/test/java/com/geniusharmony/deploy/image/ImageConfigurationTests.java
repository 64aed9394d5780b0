package com.geniusharmony.deploy.image;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.parsers.DocumentBuilderFactory;

import com.geniusharmony.deploy.compose.ComposeFile;
import com.geniusharmony.deploy.repository.Repository;
import com.geniusharmony.deploy.repository.ServiceDescription;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The root pom builds an image per service (and for the Odoo emulator) only under
 * {@code -Pimages}: a non-root numeric user, the port the service listens on, the image
 * name Compose and Kubernetes run. Building needs the base image's registry; this checks
 * the configuration Jib reads.
 */
class ImageConfigurationTests {

	private final Repository repository = Repository.current();

	private final Element pom = parse(this.repository.read("pom.xml"));

	@Test
	void imagesAreBuiltOnlyWhenAskedForAsTarArchivesWithoutADaemon() {
		Element images = profiles().get("images");
		assertThat(images).isNotNull();
		assertThat(child(images, "activation")).isNull();
		assertThat(serialize(images)).contains("<artifactId>jib-maven-plugin").contains("<goal>buildTar");
		assertThat(text(this.pom, "properties", "jib.skip")).isEqualTo("true");
	}

	@Test
	void imagesRunAsANonRootUserOnASmallBase() {
		String user = text(this.pom, "properties", "harmony.image.user");
		assertThat(user).matches("[1-9][0-9]*:[1-9][0-9]*");
		assertThat(text(this.pom, "properties", "harmony.image.base")).contains("-jre").contains("alpine");
		String jib = jibConfiguration();
		assertThat(jib).contains("${harmony.image.user}")
			.contains("${harmony.image.base}")
			.contains("${harmony.image.port}")
			.contains("-Djava.io.tmpdir=${harmony.image.jvm-temp-dir}");
	}

	/**
	 * The images run the JVM settings of {@code deploy/local/up.sh} (the heap aside: the
	 * container's limit sets it), and map a class archive that the first start writes to
	 * the one writable directory; the archive takes classes from jars only.
	 */
	@Test
	void imagesRunTheLocalStacksJvmSettingsWithAClassArchiveInTheTempDirectory() {
		Matcher options = Pattern.compile("SERVICE_JVM_OPTIONS=\\(([^)]*)\\)")
			.matcher(this.repository.read("deploy/local/common.sh"));
		assertThat(options.find()).as("SERVICE_JVM_OPTIONS in deploy/local/common.sh").isTrue();
		List<String> jvmFlags = new ArrayList<>();
		NodeList flags = this.pom.getElementsByTagName("jvmFlag");
		for (int i = 0; i < flags.getLength(); i++) {
			jvmFlags.add(flags.item(i).getTextContent().trim());
		}
		for (String option : options.group(1).trim().split("\\s+")) {
			if (!option.startsWith("-Xmx") && !option.startsWith("-Xms")) {
				assertThat(jvmFlags).as("the images' jvmFlags").contains(option);
			}
		}
		assertThat(jvmFlags)
			.contains("-XX:+AutoCreateSharedArchive",
					"-XX:SharedArchiveFile=${harmony.image.jvm-temp-dir}/${project.artifactId}.jsa")
			.anyMatch((flag) -> flag.startsWith("-XX:MaxRAMPercentage="));
		assertThat(jibConfiguration()).contains("<containerizingMode>packaged<");
	}

	@Test
	void eachServiceHasAnImageProfileWithItsPort() {
		Map<String, Element> byModule = imageProfilesByModule();
		for (ServiceDescription service : this.repository.services()) {
			Element profile = byModule.get(service.name());
			assertThat(profile).as("image profile of %s", service.name()).isNotNull();
			assertThat(text(profile, "properties", "harmony.image.port")).isEqualTo(Integer.toString(service.port()));
			assertThat(text(profile, "properties", "jib.skip")).isEqualTo("false");
		}
	}

	/**
	 * The services' bean definitions are worked out when they are built (Spring AOT), and
	 * every start of their jars uses them: the images, {@code deploy/local} and the
	 * system tests (which fail to start a jar without them). The Odoo emulator is no
	 * Spring application.
	 */
	@Test
	void theServicesAreProcessedAheadOfTimeAndTheirImagesRunThatWay() {
		assertThat(text(this.pom, "properties", "harmony.spring-aot.phase")).isEqualTo("none");
		assertThat(text(this.pom, "properties", "harmony.spring-aot.enabled")).isEqualTo("false");
		Map<String, Element> byModule = imageProfilesByModule();
		for (ServiceDescription service : this.repository.services()) {
			Element profile = byModule.get(service.name());
			assertThat(profile).as("image profile of %s", service.name()).isNotNull();
			assertThat(text(profile, "properties", "harmony.spring-aot.phase")).as(service.name())
				.isEqualTo("prepare-package");
			assertThat(text(profile, "properties", "harmony.spring-aot.enabled")).as(service.name()).isEqualTo("true");
		}
		assertThat(text(byModule.get("odoo-emulator"), "properties", "harmony.spring-aot.enabled")).isNull();
		assertThat(pluginManagement())
			.anySatisfy((plugin) -> assertThat(serialize(plugin)).contains("<artifactId>spring-boot-maven-plugin")
				.contains("<phase>${harmony.spring-aot.phase}<goals><goal>process-aot"));
		assertThat(jibConfiguration()).contains("-Dspring.aot.enabled=${harmony.spring-aot.enabled}");
		assertThat(this.repository.read("deploy/local/common.sh"))
			.contains("SPRING_AOT_OPTIONS=(-Dspring.aot.enabled=true)");
	}

	@Test
	void everyImageComposeRunsFromThisRepositoryIsBuiltByAModule() {
		ComposeFile compose = ComposeFile.read(this.repository);
		String prefix = this.repository.pomProperty("harmony.image.repository") + "/";
		Map<String, Element> byModule = imageProfilesByModule();
		for (String service : compose.serviceNames()) {
			String image = compose.service(service).path("image").asString();
			if (image.startsWith(prefix)) {
				String module = image.substring(prefix.length(), image.indexOf(':'));
				assertThat(byModule).as("the module building %s", image).containsKey(module);
			}
		}
	}

	/**
	 * The image profiles by the module they activate in: each is activated by a file of
	 * exactly one module.
	 */
	private Map<String, Element> imageProfilesByModule() {
		Map<String, Element> byModule = new LinkedHashMap<>();
		profiles().forEach((id, profile) -> {
			String exists = text(profile, "activation", "file", "exists");
			if (exists == null || !id.startsWith("image-")) {
				return;
			}
			List<String> modules = new ArrayList<>();
			for (String module : this.repository.modules()) {
				if (this.repository.exists(exists.replace("${basedir}", module))) {
					modules.add(module);
				}
			}
			assertThat(modules).as("modules activating %s", id).hasSize(1);
			byModule.put(modules.get(0), profile);
		});
		return byModule;
	}

	private Map<String, Element> profiles() {
		Map<String, Element> profiles = new LinkedHashMap<>();
		Element all = child(this.pom, "profiles");
		for (Node node = (all != null) ? all.getFirstChild() : null; node != null; node = node.getNextSibling()) {
			if (node instanceof Element profile) {
				profiles.put(text(profile, "id"), profile);
			}
		}
		return profiles;
	}

	private String jibConfiguration() {
		for (Element plugin : pluginManagement()) {
			if ("jib-maven-plugin".equals(text(plugin, "artifactId"))) {
				return serialize(plugin);
			}
		}
		throw new IllegalStateException("No jib-maven-plugin in the root pom's pluginManagement");
	}

	private List<Element> pluginManagement() {
		Element build = child(this.pom, "build");
		Element management = (build != null) ? child(build, "pluginManagement") : null;
		Element plugins = (management != null) ? child(management, "plugins") : null;
		if (plugins == null) {
			throw new IllegalStateException("The root pom has no pluginManagement");
		}
		List<Element> all = new ArrayList<>();
		for (Node node = plugins.getFirstChild(); node != null; node = node.getNextSibling()) {
			if (node instanceof Element plugin) {
				all.add(plugin);
			}
		}
		return all;
	}

	private static String serialize(Element element) {
		StringBuilder text = new StringBuilder();
		for (Node node = element.getFirstChild(); node != null; node = node.getNextSibling()) {
			if (node instanceof Element child) {
				text.append('<').append(child.getTagName()).append('>').append(serialize(child));
			}
			else {
				text.append(node.getTextContent().trim());
			}
		}
		return text.toString();
	}

	private static @Nullable Element child(Element parent, String name) {
		for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
			if (node instanceof Element element && element.getTagName().equals(name)) {
				return element;
			}
		}
		return null;
	}

	private static @Nullable String text(Element parent, String... path) {
		@Nullable Element element = parent;
		for (String name : path) {
			element = (element != null) ? child(element, name) : null;
		}
		return (element != null) ? element.getTextContent().trim() : null;
	}

	private static Element parse(String xml) {
		try {
			Document document = DocumentBuilderFactory.newInstance()
				.newDocumentBuilder()
				.parse(new InputSource(new StringReader(xml)));
			return document.getDocumentElement();
		}
		catch (Exception ex) {
			throw new IllegalStateException("Cannot parse the root pom", ex);
		}
	}

}
