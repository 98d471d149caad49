package vn.dcim.web.testing

import com.tngtech.archunit.core.domain.JavaClasses
import com.tngtech.archunit.core.importer.ClassFileImporter
import com.tngtech.archunit.core.importer.ImportOption
import com.tngtech.archunit.core.importer.Location

/**
 * The product's own classes as ArchUnit reads them: the main code of every module, neither the specs nor the test
 * jars the modules share, nor Micronaut's generated bean definitions ($Foo$Definition, which reference whatever their
 * bean does). Read with the test jars' Groovy specs as well, the graph held ~700 MB while a spec ran, enough to run a
 * test JVM with a 1 GB heap out of memory.
 */
final class ProductClasses {
    private ProductClasses() {}

    static JavaClasses imported() {
        new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption({ Location l -> !l.contains('-tests.jar') && !l.contains('/test-classes/') } as ImportOption)
                .withImportOption({ Location l -> !l.contains('/$') } as ImportOption)
                .importPackages('vn.dcim')
    }
}
